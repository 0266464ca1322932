// Stand-in for https://appsforoffice.microsoft.com/lib/1/hosted/office.js in browser tests
// (no network, and the real file only works inside Office). Plain ES5 script, served as-is.
// Configure per page with window.__officeStubConfig (set by openPage's `office` option):
//   { host: "Excel" | null, platform: string | null, requirements: { ExcelApi: "1.12" } }
(function () {
  "use strict";
  var config = window.__officeStubConfig || {};
  var info = {
    host: config.host === undefined ? null : config.host, // null = "not in Office", like the real one
    platform: config.platform === undefined ? null : config.platform,
  };
  var sets = config.requirements || {};

  function atLeast(have, want) {
    var a = String(have).split("."),
      b = String(want || "1.1").split(".");
    for (var i = 0; i < Math.max(a.length, b.length); i++) {
      var d = Number(a[i] || 0) - Number(b[i] || 0);
      if (d !== 0) return d > 0;
    }
    return true;
  }

  window.__registered = []; // ids in association order: what tests compare to functions.json
  window.__functions = {}; // id -> implementation, so tests can call a function directly

  window.Office = {
    HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android" },
    onReady: function (callback) {
      var ready = Promise.resolve(info);
      if (callback) ready.then(callback);
      return ready;
    },
    context: {
      requirements: {
        isSetSupported: function (name, version) {
          return Object.prototype.hasOwnProperty.call(sets, name) && atLeast(sets[name], version);
        },
      },
    },
  };

  function CustomFunctionsError(code, message) {
    this.code = code;
    this.message = message;
  }

  window.CustomFunctions = {
    associate: function (idOrMap, fn) {
      var pairs = typeof idOrMap === "string" ? [[idOrMap, fn]] : Object.entries(idOrMap);
      pairs.forEach(function (pair) {
        window.__registered.push(pair[0]);
        window.__functions[pair[0]] = pair[1];
      });
    },
    Error: CustomFunctionsError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
  };
})();
