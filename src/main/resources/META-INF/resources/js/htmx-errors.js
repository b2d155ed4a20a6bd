// htmx leaves 4xx answers unswapped by default; Kiku's fragments answer 400/409/422 with the
// form and its messages, which must be shown.
document.addEventListener('htmx:beforeSwap', function (event) {
  var status = event.detail.xhr.status;
  if (status === 400 || status === 409 || status === 422) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});
