// A fake Excel for the task-pane browser test: plain ES2017 script, injected with
// addInitScript before the page's own scripts. It implements the slice of the
// Excel API that src/excel uses (writeSheets' ExcelContextLike and readScenarios'
// reads) and records every write in window.__fakeWorkbook for the test to inspect.
// Not a spreadsheet: formulas are stored as text, never calculated.
(function () {
  "use strict";
  var book = { sheets: {}, order: [], names: [], tables: [], syncs: 0 };
  window.__fakeWorkbook = book;

  function colNumber(letters) {
    var n = 0;
    for (var i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
    return n;
  }
  function colLetters(n) {
    var s = "";
    while (n > 0) { var m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); }
    return s;
  }
  /** "A1", "A1:C3" (an optional 'Sheet'! prefix is ignored); column-only ranges give null. */
  function parseRange(address) {
    var bare = String(address).replace(/^.*!/, "");
    var m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(bare);
    if (!m) return null;
    var c1 = colNumber(m[1]), r1 = Number(m[2]);
    return { c1: c1, r1: r1, c2: m[3] ? colNumber(m[3]) : c1, r2: m[4] ? Number(m[4]) : r1 };
  }

  function makeRange(sheet, address) {
    var box = parseRange(address);
    var range = {
      address: address,
      format: { columnWidth: 0, font: {}, fill: {} },
      load: function () {},
    };
    function each(values, store) {
      if (!box) return;
      for (var r = box.r1; r <= box.r2; r++)
        for (var c = box.c1; c <= box.c2; c++) {
          var row = values[r - box.r1] || [];
          store(colLetters(c) + r, row[c - box.c1]);
        }
    }
    Object.defineProperty(range, "formulas", {
      set: function (values) { each(values, function (a, v) { sheet.cells[a] = v; }); },
    });
    Object.defineProperty(range, "numberFormat", {
      set: function (values) { each(values, function (a, v) { sheet.formats[a] = v; }); },
    });
    Object.defineProperty(range, "values", {
      get: function () {
        var out = [];
        if (!box) return out;
        for (var r = box.r1; r <= box.r2; r++) {
          var row = [];
          for (var c = box.c1; c <= box.c2; c++) {
            var v = sheet.cells[colLetters(c) + r];
            row.push(v === undefined ? "" : v);
          }
          out.push(row);
        }
        return out;
      },
    });
    return range;
  }

  function makeSheet(name) {
    var sheet = { name: name, cells: {}, formats: {}, tables: [], charts: [], frozen: null };
    book.sheets[name] = sheet;
    book.order.push(name);
    return {
      name: name,
      getRange: function (address) { return makeRange(sheet, address); },
      tables: {
        add: function (address, hasHeaders) {
          var t = { name: "Table" + (book.tables.length + 1), style: "", showTotals: false, address: address, sheet: name };
          sheet.tables.push(t);
          book.tables.push(t);
          return t;
        },
      },
      charts: {
        add: function (type, source, seriesBy) {
          var chart = { type: type, source: source.address, seriesBy: seriesBy, title: { text: "" }, position: null,
            setPosition: function (from, to) { chart.position = [from, to]; } };
          sheet.charts.push(chart);
          return chart;
        },
      },
      freezePanes: {
        freezeAt: function (range) { sheet.frozen = String(range); },
        freezeRows: function (count) { sheet.frozen = "rows:" + count; },
      },
    };
  }

  var worksheets = {
    items: [],
    load: function () {
      worksheets.items = book.order.map(function (n) { return { name: n, getRange: function (a) { return makeRange(book.sheets[n], a); } }; });
    },
    add: function (name) {
      if (book.sheets[name]) throw new Error("A sheet named " + name + " already exists");
      return makeSheet(name);
    },
  };
  var tables = { items: [], load: function () { tables.items = book.tables.map(function (t) { return { name: t.name }; }); } };
  var names = {
    items: [],
    load: function () { names.items = book.names.map(function (n) { return { name: n.name }; }); },
    add: function (name, range, comment) { book.names.push({ name: name, address: range.address, comment: comment }); return {}; },
  };
  var context = {
    workbook: { worksheets: worksheets, tables: tables, names: names },
    sync: function () { book.syncs++; return new Promise(function (resolve) { setTimeout(resolve, 5); }); },
  };

  window.Excel = {
    run: function (callback) { return Promise.resolve().then(function () { return callback(context); }); },
  };
})();
