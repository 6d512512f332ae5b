// The reader pages' only script: shows a citation's card on hover and focus (the card is in the page, referenced by
// aria-describedby), hides it on Escape. Everything else works without it.
(function readerCards() {
  'use strict';
  let shown = null;
  function hide() {
    if (shown) shown.hidden = true;
    shown = null;
  }
  function show(link) {
    const id = link.getAttribute('aria-describedby');
    const card = id && document.getElementById(id);
    if (!card) return;
    hide();
    const box = link.getBoundingClientRect();
    card.hidden = false;
    const width = card.offsetWidth;
    const left = Math.max(8, Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - width - 8));
    card.style.left = left + 'px';
    card.style.top = window.scrollY + box.bottom + 6 + 'px';
    shown = card;
  }
  document.addEventListener('mouseover', (event) => {
    const link = event.target.closest && event.target.closest('a.cite[aria-describedby]');
    if (link) show(link);
  });
  document.addEventListener('mouseout', (event) => {
    if (!shown || !event.target.closest) return;
    const from = event.target.closest('a.cite[aria-describedby], .card');
    const to = event.relatedTarget;
    // Moving from the citation into its card (to follow its link), or back, keeps the card.
    if (from && !(to && (shown.contains(to) || (to.closest && to.closest('a.cite[aria-describedby]'))))) hide();
  });
  document.addEventListener('focusin', (event) => {
    const link = event.target.closest && event.target.closest('a.cite[aria-describedby]');
    if (link) show(link);
    else hide();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });
})();
