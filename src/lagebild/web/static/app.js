// lagebild: the one page script (no inline scripts: the Content-Security-Policy forbids them).
// A click on a key point marks the sentences it was made from (data-sources="start-end ...",
// character spans into the article text; sentences carry data-s/data-e) and scrolls to the first.
"use strict";

function overlaps(sentence, spans) {
  const start = Number(sentence.dataset.s);
  const end = Number(sentence.dataset.e);
  return spans.some(([a, b]) => start < b && a < end);
}

function showSources(button) {
  const spans = (button.dataset.sources || "")
    .split(" ")
    .filter(Boolean)
    .map((pair) => pair.split("-").map(Number));
  document.querySelectorAll(".s.src").forEach((el) => el.classList.remove("src"));
  document.querySelectorAll(".kp-item.active").forEach((el) => el.classList.remove("active"));
  button.classList.add("active");
  const found = Array.from(document.querySelectorAll(".art .s")).filter((el) => overlaps(el, spans));
  found.forEach((el) => el.classList.add("src"));
  if (found.length) {
    found[0].scrollIntoView({ behavior: "smooth", block: "center" });
  }
  button.setAttribute("aria-pressed", "true");
}

document.addEventListener("click", (event) => {
  const button = event.target.closest(".kp-item[data-sources]");
  if (button) {
    showSources(button);
  }
});
