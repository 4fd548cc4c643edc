// Copy buttons for an invitation link and its message: progressive enhancement only. Without this
// file the buttons stay hidden and the link and message are read-only fields to select and copy.
(function () {
  'use strict';

  function report(button, copied) {
    var status = document.querySelector('.copy-status');
    if (status) {
      status.textContent = copied ? status.getAttribute('data-copied') : status.getAttribute('data-copy-failed');
    }
    if (copied) {
      button.setAttribute('data-copied', 'true');
    }
  }

  function copyBySelection(field) {
    field.focus();
    field.select();
    try {
      return document.execCommand('copy');
    } catch (e) {
      return false;
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-copy]').forEach(function (button) {
      var field = document.getElementById(button.getAttribute('data-copy'));
      if (!field) {
        return;
      }
      button.hidden = false;
      button.addEventListener('click', function () {
        var text = field.value;
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(text).then(function () {
            report(button, true);
          }, function () {
            report(button, copyBySelection(field));
          });
        } else {
          report(button, copyBySelection(field));
        }
      });
    });
  });
})();
