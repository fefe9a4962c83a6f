(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('odsl-config').textContent);
  var endpoint = new URL(config.endpoint, window.location.href).href;

  // These autocompleters call prefix.cc and the LOV API over the internet; the graph is also served on closed networks.
  var online = ['prefixes', 'property', 'class'];
  var autocompleters = Yasgui.Yasqe.defaults.autocompleters;
  for (var i = autocompleters.length - 1; i >= 0; i--) {
    if (online.indexOf(autocompleters[i]) >= 0) {
      autocompleters.splice(i, 1);
    }
  }

  var yasgui = new Yasgui(document.getElementById('yasgui'), {
    requestConfig: { endpoint: endpoint },
    persistenceId: 'odsl-yasgui',
    autoAddOnInit: config.queries.length === 0,
    endpointCatalogueOptions: {
      getData: function () { return [{ endpoint: endpoint }]; }
    }
  });

  // Exposed, as in YASGUI's own examples, for use from the browser console.
  window.yasgui = yasgui;

  var questions = {};
  // On a first visit no tab is open: the first example becomes the active one.
  var activate = !yasgui.getTab();
  config.queries.forEach(function (query) {
    var id = 'odsl-example-' + query.name.replace(/[^A-Za-z0-9_-]/g, '-');
    questions[id] = query.question;
    // Tabs persist in the browser, so an example the user already has open is left as they edited it.
    if (!yasgui.getTab(id)) {
      yasgui.addTab(activate, {
        id: id,
        name: query.title,
        yasqe: { value: query.query },
        requestConfig: { endpoint: endpoint }
      });
      activate = false;
    }
  });

  var questionEl = document.getElementById('odsl-question');
  function showQuestion(tabId) {
    var question = questions[tabId];
    questionEl.textContent = question || '';
    questionEl.hidden = !question;
  }
  yasgui.on('tabSelect', function (instance, tabId) { showQuestion(tabId); });

  var current = yasgui.getTab();
  if (current) {
    showQuestion(current.getId());
  }
})();
