package org.chartfolio.system;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.thymeleaf.spring6.util.DetailedError;

import org.springframework.stereotype.Component;

/**
 * Puts a form's errors in the order a person meets its fields, for the error summary
 * ({@code fragments/forms :: errorSummary}). Bean Validation reports the broken rules of
 * a form in no fixed order, and the binder's own errors (a date that is not a date) come
 * before them all; a summary that lists the third field first sends a screen-reader user
 * back and forth. Form classes declare their fields in the order the page shows them, so
 * that order is the summary's: errors about the whole form first, then field by field,
 * each field's own errors as they were found.
 */
@Component("formErrors")
public class FormErrors {

	public List<DetailedError> inFormOrder(List<DetailedError> errors, Object form) {
		if (form == null || errors.size() < 2) {
			return errors;
		}
		List<String> fields = fieldsOf(form.getClass());
		List<DetailedError> ordered = new ArrayList<>(errors);
		ordered.sort(Comparator.comparingInt((DetailedError error) -> position(error, fields)));
		return ordered;
	}

	private static int position(DetailedError error, List<String> fields) {
		if (error.isGlobal()) {
			return -1;
		}
		String name = error.getFieldName();
		int end = indexOfAny(name, '.', '[');
		int at = fields.indexOf((end < 0) ? name : name.substring(0, end));
		return (at < 0) ? fields.size() : at;
	}

	private static int indexOfAny(String name, char first, char second) {
		int a = name.indexOf(first);
		int b = name.indexOf(second);
		return (a < 0) ? b : (b < 0) ? a : Math.min(a, b);
	}

	/** The class's fields in declaration order, a superclass's before its subclass's. */
	private static List<String> fieldsOf(Class<?> type) {
		List<String> names = new ArrayList<>();
		if (type.getSuperclass() != null && type.getSuperclass() != Object.class) {
			names.addAll(fieldsOf(type.getSuperclass()));
		}
		if (type.isRecord()) {
			for (var component : type.getRecordComponents()) {
				names.add(component.getName());
			}
			return names;
		}
		for (Field field : type.getDeclaredFields()) {
			if (!field.isSynthetic()) {
				names.add(field.getName());
			}
		}
		return names;
	}

}
