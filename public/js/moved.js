// On the 404 page: an old chart embed address (/embed/kommun/kalix/2021/areas/, or its "kod"
// page) leads to where the chart is now, for hosts that do not read public/_redirects.
(function () {
  var m = /^\/embed\/(kommun|forbund)\/([a-z0-9-]+)\/(?:(\d{4})\/)?([a-z-]+)\/?$/.exec(
    location.pathname,
  );
  if (!m) return;
  var page = '/' + m[1] + '/' + m[2] + '/' + (m[3] ? m[3] + '/' : '');
  location.replace(m[4] === 'kod' ? page : page + '#inbadda-' + m[4]);
})();
