// Live reload for `gazette serve` only: never part of a built site. Reloads the page after a
// rebuild; shows an overlay naming the file when a build failed, until the next good build.
(function () {
  var overlay = null;
  function show(message) {
    if (!overlay) {
      overlay = document.createElement('div');
      overlay.id = 'gazette-build-error';
      overlay.setAttribute('role', 'alert');
      overlay.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:rgba(20,20,20,.92);' +
        'color:#fff;font:15px/1.5 ui-monospace,monospace;padding:2rem;white-space:pre-wrap;overflow:auto';
      document.body.appendChild(overlay);
    }
    overlay.textContent = 'Gazette: the build failed\n\n' + message + '\n\nThe last good build is still served.';
  }
  var source = new EventSource('/__gazette/events');
  source.addEventListener('reload', function () { location.reload(); });
  source.addEventListener('failure', function (e) { show(e.data); });
})();
