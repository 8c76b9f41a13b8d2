// isnad: the pages' only script (served as a file: the Content-Security-Policy allows no inline script).
// It adds a tooltip to attributions, marks the sentence a link points at, and loads an uploaded file into the form.
// Every text it shows is set with textContent, never as HTML.
(function () {
  'use strict';

  // Hovering (or focusing) an attribution shows its speaker, stance and claim, read from data attributes.
  var tip = document.createElement('div');
  tip.className = 'tip';
  tip.hidden = true;
  tip.setAttribute('role', 'tooltip');
  document.body.appendChild(tip);

  function line(label, value) {
    var p = document.createElement('div');
    var b = document.createElement('b');
    b.textContent = label + ': ';
    p.appendChild(b);
    p.appendChild(document.createTextNode(value));
    return p;
  }

  function show(el) {
    tip.replaceChildren(line('المتحدث', el.dataset.speaker || ''), line('الموقف', el.dataset.stance || ''));
    if (el.dataset.claim) tip.appendChild(line('الادعاء', el.dataset.claim));
    tip.hidden = false;
    var r = el.getBoundingClientRect();
    var top = window.scrollY + r.bottom + 6;
    var right = Math.max(8, document.documentElement.clientWidth - r.right);
    tip.style.top = top + 'px';
    tip.style.right = right + 'px';
    tip.style.left = 'auto';
  }

  function quoteOf(target) {
    return target instanceof Element ? target.closest('.content[data-speaker]') : null;
  }
  document.addEventListener('mouseover', function (e) {
    var q = quoteOf(e.target);
    if (q) show(q); else tip.hidden = true;
  });
  document.addEventListener('focusin', function (e) {
    var q = quoteOf(e.target);
    if (q) show(q);
  });
  document.addEventListener('focusout', function () { tip.hidden = true; });

  // A link to `#s-N` marks every fragment of sentence N (a sentence may be split around other highlights).
  function markTarget() {
    document.querySelectorAll('.sentence.target').forEach(function (el) { el.classList.remove('target'); });
    var m = /^#s-(\d+)$/.exec(location.hash);
    if (!m) return;
    var parts = document.querySelectorAll('.sentence[data-s="' + m[1] + '"]');
    parts.forEach(function (el) { el.classList.add('target'); });
    if (parts[0]) parts[0].scrollIntoView({ block: 'center' });
  }
  window.addEventListener('hashchange', markTarget);
  markTarget();

  // The analyse page: a chosen file is read into the text box, so what is analysed can be seen and edited.
  var file = document.querySelector('form.analyse input[type=file]');
  var box = document.querySelector('form.analyse textarea');
  if (file && box) {
    file.addEventListener('change', function () {
      var f = file.files && file.files[0];
      if (!f) return;
      f.text().then(function (t) { box.value = t; });
    });
  }
})();
