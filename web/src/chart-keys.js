// One Tab stop a chart: the chart itself is focusable, its marks (events,
// actors) are not in the Tab order; the arrow keys Down and Up move the focus
// from one mark to the next or the previous, Home and End to the first and
// the last, Escape back to the chart. Enter on a mark does what a click does
// (the marks' own handlers). Left and Right are left to the chart (the
// timeline pans with them).
//   marks(): the chart's marks in reading order, asked at each key (a chart
//   that redraws itself replaces them).
export function chartKeys(chart, marks) {
  chart.addEventListener('keydown', (event) => {
    const list = marks();
    if (!list.length) return;
    const at = list.indexOf(document.activeElement);
    let next = null;
    if (event.key === 'ArrowDown') next = at < 0 ? 0 : Math.min(list.length - 1, at + 1);
    else if (event.key === 'ArrowUp') next = at < 0 ? list.length - 1 : Math.max(0, at - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = list.length - 1;
    else if (event.key === 'Escape' && at >= 0) {
      event.preventDefault();
      chart.focus();
      return;
    }
    if (next === null) return;
    event.preventDefault();
    list[next].focus();
  });
}
