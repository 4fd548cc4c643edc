// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';

  // Send the CSRF token with every htmx request.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // Take the keyboard and screen reader straight to the list of problems after a failed submit.
  document.addEventListener('DOMContentLoaded', function () {
    var summary = document.querySelector('.error-summary');
    if (summary) {
      summary.focus();
    }
  });
})();

// Writing: live word count, citation picker, unsaved-text backup and autosave status.
(function () {
  'use strict';

  // Counted as WordCounter.java counts: heading lines and [E7] markers are not words.
  var HEADING_LINE = /^ {0,3}#{1,6}(?:[ \t].*)?$/gm;
  var MARKER = /\[\s*[Ee]\d{1,6}(?:\s*[,;]\s*[Ee]\d{1,6})*\s*\]/g;
  var WORD = /[\p{L}\p{N}]/u;

  function countWords(text) {
    var stripped = text.replace(HEADING_LINE, ' ').replace(MARKER, ' ');
    return stripped.split(/\s+/).filter(function (token) { return WORD.test(token); }).length;
  }

  function format(template, values) {
    return template.replace(/\{(\d)\}/g, function (match, index) {
      return Number(values[Number(index)]).toLocaleString('en-GB');
    });
  }

  function updateTally(editor) {
    var tally = document.getElementById('word-tally');
    if (!tally) {
      return;
    }
    var words = countWords(editor.value);
    var limit = Number(tally.dataset.limit);
    var statement = tally.dataset.statement === 'true';
    var total = Number(tally.dataset.otherWords) + (statement ? words : 0);
    tally.querySelector('[data-tally="section"]').textContent = format(tally.dataset.msgSection, [words]);
    var statementLine = tally.querySelector('[data-tally="statement"]');
    if (statementLine) {
      statementLine.textContent = format(tally.dataset.msgStatement, [total, limit]);
    }
    var over = tally.querySelector('[data-tally="over"]');
    over.hidden = !(statement && total > limit);
    if (!over.hidden) {
      over.textContent = format(tally.dataset.msgOver, [total - limit]);
    }
  }

  function backupKey(editor) {
    return editor.dataset.backupKey;
  }

  function keepBackup(editor) {
    try {
      window.localStorage.setItem(backupKey(editor), editor.value);
    } catch (e) {
      // Storage full or disabled: autosave still works.
    }
  }

  function dropBackup(key) {
    try {
      window.localStorage.removeItem(key);
    } catch (e) {
      // Nothing kept.
    }
  }

  function readBackup(key) {
    try {
      return window.localStorage.getItem(key);
    } catch (e) {
      return null;
    }
  }

  function showStatus(message) {
    var status = document.getElementById('autosave-status');
    if (status && message) {
      status.textContent = message.textContent;
    }
  }

  function offerBackup(editor) {
    var backup = readBackup(backupKey(editor));
    var notice = document.getElementById('backup-notice');
    if (backup === null || !notice) {
      return;
    }
    if (backup === editor.value) {
      dropBackup(backupKey(editor));
      return;
    }
    notice.hidden = false;
    notice.addEventListener('click', function (event) {
      var action = event.target.closest('[data-backup-action]');
      if (!action) {
        return;
      }
      notice.hidden = true;
      if (action.dataset.backupAction === 'restore') {
        editor.value = backup;
        showStatus(document.getElementById('backup-restored-message'));
        editor.dispatchEvent(new Event('input', { bubbles: true }));
      } else {
        dropBackup(backupKey(editor));
      }
      editor.focus();
    });
  }

  function insertAtCursor(editor, text) {
    var start = editor.selectionStart;
    var end = editor.selectionEnd;
    var before = editor.value.slice(0, start);
    var spacer = (before.length > 0 && !/\s$/.test(before)) ? ' ' : '';
    editor.setRangeText(spacer + text, start, end, 'end');
    editor.focus();
    editor.dispatchEvent(new Event('input', { bubbles: true }));
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-clear-backup]').forEach(function (marker) {
      dropBackup('chartfolio.unsaved.section.' + marker.dataset.clearBackup);
    });

    var editor = document.querySelector('textarea[data-backup-key]');
    if (!editor) {
      return;
    }
    // Autosave and the live count work from here on; the page's plain advice to press Save is for
    // a browser without them.
    var manualSave = document.getElementById('autosave-needs-script');
    if (manualSave && window.htmx) {
      manualSave.hidden = true;
    }
    var debounce;
    editor.addEventListener('input', function () {
      keepBackup(editor);
      window.clearTimeout(debounce);
      debounce = window.setTimeout(function () { updateTally(editor); }, 250);
    });
    document.querySelectorAll('[data-cite]').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', function () {
        insertAtCursor(editor, button.dataset.cite);
      });
    });
    offerBackup(editor);

    // The text an autosave sent: once saved, the backup of that text is no longer needed.
    var sent = null;
    editor.addEventListener('htmx:beforeRequest', function () {
      sent = editor.value;
    });
    document.body.addEventListener('htmx:beforeSwap', function (event) {
      if (!event.detail.requestConfig || event.detail.requestConfig.elt !== editor) {
        return;
      }
      var xhr = event.detail.xhr;
      var signInPage = Boolean(xhr.responseURL) && new URL(xhr.responseURL).pathname === '/login';
      if (xhr.status === 401 || xhr.status === 403 || signInPage) {
        // The session ended: the sign-in page must not land in the status line. The text stays here
        // and in this browser's storage.
        event.detail.shouldSwap = false;
        event.detail.isError = false;
        showStatus(document.getElementById('session-ended-message'));
        return;
      }
      if (xhr.status === 200 && xhr.responseText.indexOf('hx-swap-oob') >= 0 && editor.value === sent) {
        dropBackup(backupKey(editor));
      }
    });
  });
})();

// Review: words selected in a paragraph become the quote of that paragraph's comment form, and a
// comment form htmx opens under a paragraph takes the keyboard to its comment field.
(function () {
  'use strict';

  var chosen = { paragraph: null, words: '' };

  function paragraphOf(node) {
    var element = node && (node.nodeType === 1 ? node : node.parentElement);
    return element ? element.closest('.review-paragraph-text[data-paragraph]') : null;
  }

  function fillQuote(paragraph) {
    var field = document.getElementById('comment-quote-' + paragraph);
    if (field && chosen.paragraph === paragraph && chosen.words) {
      field.value = chosen.words;
    }
  }

  document.addEventListener('selectionchange', function () {
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed) {
      return;
    }
    var from = paragraphOf(selection.anchorNode);
    // Words across two paragraphs are no quote of either.
    if (!from || from !== paragraphOf(selection.focusNode)) {
      return;
    }
    var words = selection.toString().replace(/\s+/g, ' ').trim();
    if (words) {
      chosen = { paragraph: from.dataset.paragraph, words: words };
      fillQuote(chosen.paragraph);
    }
  });

  document.addEventListener('htmx:afterSwap', function (event) {
    var form = event.detail.target.querySelector('.review-comment-form[data-paragraph]');
    if (!form) {
      return;
    }
    fillQuote(form.dataset.paragraph);
    var body = form.querySelector('textarea[name="body"]');
    if (body) {
      body.focus();
    }
  });
})();
