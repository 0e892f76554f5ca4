// The source page of a citation: bring the quote's first marked box into view, as the review screen does.
document.addEventListener('DOMContentLoaded', () => {
  const mark = document.querySelector('#source-page rect.highlight');
  if (mark) mark.scrollIntoView({block: 'center'});
});
