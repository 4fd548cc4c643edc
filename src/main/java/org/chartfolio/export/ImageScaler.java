package org.chartfolio.export;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Scales a photo down to what a printed page needs. The reader subsamples while decoding,
 * so a 3000 by 2000 photo never sits in memory at full size: memory stays bounded however
 * many photos an export holds.
 */
final class ImageScaler {

	/** Longest side in pixels: about 180 dpi across an A4 page's text width. */
	static final int MAX_SIDE = 1200;

	private ImageScaler() {
	}

	/**
	 * Writes a scaled JPEG (PNG where the image is transparent) to {@code target}; empty
	 * when it is no image ImageIO reads.
	 */
	static Optional<Path> scale(Path source, Path target) throws IOException {
		try (ImageInputStream input = ImageIO.createImageInputStream(source.toFile())) {
			if (input == null) {
				return Optional.empty();
			}
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				return Optional.empty();
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				int step = Math.max(1, Math.max(width, height) / MAX_SIDE);
				ImageReadParam param = reader.getDefaultReadParam();
				param.setSourceSubsampling(step, step, 0, 0);
				BufferedImage read = reader.read(0, param);
				BufferedImage scaled = fit(read);
				read.flush();
				boolean transparent = scaled.getColorModel().hasAlpha();
				Path written = Path.of(target.toString() + (transparent ? ".png" : ".jpg"));
				if (!ImageIO.write(transparent ? scaled : opaque(scaled), transparent ? "png" : "jpg",
						written.toFile())) {
					return Optional.empty();
				}
				return Optional.of(written);
			}
			catch (IOException | RuntimeException unreadable) {
				return Optional.empty();
			}
			finally {
				reader.dispose();
			}
		}
	}

	private static BufferedImage fit(BufferedImage image) {
		int longest = Math.max(image.getWidth(), image.getHeight());
		if (longest <= MAX_SIDE) {
			return image;
		}
		double factor = (double) MAX_SIDE / longest;
		int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
		int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
		BufferedImage scaled = new BufferedImage(width, height,
				image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D g = scaled.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.drawImage(image, 0, 0, width, height, null);
		g.dispose();
		return scaled;
	}

	/** JPEG has no alpha and ImageIO refuses odd colour models: draw onto plain RGB. */
	private static BufferedImage opaque(BufferedImage image) {
		if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
			return image;
		}
		BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = rgb.createGraphics();
		g.setColor(java.awt.Color.WHITE);
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		g.drawImage(image, 0, 0, null);
		g.dispose();
		return rgb;
	}

}
