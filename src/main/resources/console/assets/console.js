// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';

  // Review queue keys: j/k move between pairs, c confirms, d dismisses the current one.
  function pairs() { return Array.prototype.slice.call(document.querySelectorAll('.pair, .done')); }
  function current() { return document.querySelector('.pair.current') || null; }
  function select(el) {
    pairs().forEach(function (p) { p.classList.remove('current'); });
    if (el) { el.classList.add('current'); el.focus({preventScroll: false}); }
  }
  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    if (t && (t.tagName === 'TEXTAREA' || t.tagName === 'INPUT' || t.tagName === 'SELECT')) return;
    var list = pairs();
    if (!list.length) return;
    var at = list.indexOf(current() || document.activeElement.closest && document.activeElement.closest('.pair'));
    if (e.key === 'j' || e.key === 'k') {
      var next = e.key === 'j' ? Math.min(list.length - 1, at + 1) : Math.max(0, at - 1);
      select(list[at < 0 ? 0 : next]);
      e.preventDefault();
    } else if ((e.key === 'c' || e.key === 'd') && at >= 0) {
      var button = list[at].querySelector(e.key === 'c' ? 'button.confirm' : 'button.dismiss');
      if (button) { button.click(); e.preventDefault(); }
    }
  });
  // After htmx swaps a reviewed card, keep the keyboard where it was.
  document.addEventListener('htmx:afterSwap', function (e) {
    var el = e.detail && e.detail.elt;
    var swapped = el && el.id ? document.getElementById(el.id) : null;
    if (swapped) select(swapped);
  });

  // Timeline: redraw when the event stream reports a change, without reloading the page.
  var wrap = document.getElementById('timeline');
  if (wrap && window.EventSource && window.htmx) {
    var timer = null;
    var source = new EventSource('/live');
    var redraw = function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        htmx.ajax('GET', wrap.getAttribute('data-live'), {target: '#timeline', swap: 'innerHTML'});
      }, 300);
    };
    ['statement.created', 'contradiction.created', 'contradiction.updated'].forEach(function (type) {
      source.addEventListener(type, redraw);
    });
    window.addEventListener('pagehide', function () { source.close(); });
  }
})();
