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
      sheetName: sheet.name,
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
    var sheet = { name: name, id: "{" + (book.order.length + 1) + "-" + name.length + "}", cells: {}, formats: {}, tables: [], charts: [], frozen: null };
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
            axes: { categoryAxis: { title: { text: "" } }, valueAxis: { title: { text: "" } } },
            setPosition: function (from, to) { chart.position = [from, to]; } };
          sheet.charts.push(chart);
          return chart;
        },
      },
      // worksheet.pageLayout and page breaks (ExcelApi 1.9): recorded, not laid out.
      pageLayout: (sheet.pageLayout = {
        orientation: "Portrait", paperSize: "A4", zoom: {}, leftMargin: 0, rightMargin: 0, topMargin: 0, bottomMargin: 0, headerMargin: 0, footerMargin: 0,
        printArea: null, printTitleRows: null,
        setPrintArea: function (a) { sheet.pageLayout.printArea = String(a); },
        setPrintTitleRows: function (a) { sheet.pageLayout.printTitleRows = String(a); },
        headersFooters: { defaultForAllPages: {} },
      }),
      horizontalPageBreaks: { add: function (a) { (sheet.pageBreaks = sheet.pageBreaks || []).push(String(a)); } },
      freezePanes: {
        freezeAt: function (range) { sheet.frozen = String(range); },
        freezeRows: function (count) { sheet.frozen = "rows:" + count; },
      },
    };
  }

  var worksheets = {
    items: [],
    load: function () {
      worksheets.items = book.order.map(function (n) { return sheetHandle(n); });
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
    add: function (name, range, comment) { book.names.push({ name: name, address: range.address, sheet: range.sheetName, comment: comment }); return {}; },
  };
  addSheetLookup(worksheets);
  var context = {
    workbook: { worksheets: worksheets, tables: tables, names: names, customXmlParts: customXmlParts() },
    sync: function () { book.syncs++; return new Promise(function (resolve) { setTimeout(resolve, 5); }); },
  };

  // --- Additions for the task pane's Werkmap and "go to sheet" (kept apart) ---

  /** A loaded worksheet: name, id (stable across renames, like Excel's), getRange, activate. */
  function sheetHandle(n) {
    return {
      name: n,
      id: book.sheets[n].id,
      getRange: function (a) { return makeRange(book.sheets[n], a); },
      activate: function () { book.active = n; },
    };
  }

  /** getItem throws for a missing sheet (ItemNotFound), getItemOrNullObject gives isNullObject like Excel. */
  function addSheetLookup(collection) {
    collection.getItem = function (name) {
      if (!book.sheets[name]) throw new Error("ItemNotFound: " + name);
      var handle = sheetHandle(name);
      handle.load = function () {};
      return handle;
    };
    collection.getItemOrNullObject = function (name) {
      var exists = !!book.sheets[name];
      var handle = exists ? sheetHandle(name) : { activate: function () { throw new Error("InvalidObjectPath"); } };
      handle.isNullObject = !exists;
      handle.load = function () {};
      return handle;
    };
  }

  /** Workbook.customXmlParts (ExcelApi 1.5): add refuses XML that does not parse; getXml is a ClientResult read after sync. */
  function customXmlParts() {
    book.xmlParts = book.xmlParts || [];
    return {
      add: function (xml) {
        var doc = new DOMParser().parseFromString(String(xml), "application/xml");
        if (doc.getElementsByTagName("parsererror").length > 0) throw new Error("InvalidArgument: the XML is not well-formed");
        var ns = doc.documentElement.namespaceURI || "";
        var part = { id: "{part-" + (book.xmlParts.length + 1) + "}", namespaceUri: ns, xml: String(xml) };
        book.xmlParts.push(part);
        return part;
      },
      getByNamespace: function (namespace) {
        var scoped = { items: [], load: function () {
          scoped.items = book.xmlParts.filter(function (p) { return p.namespaceUri === namespace; }).map(function (p) {
            return { id: p.id, getXml: function () {
              var at = book.syncs;
              return { get value() { if (book.syncs === at) throw new Error("PropertyNotLoaded: call context.sync() first"); return p.xml; } };
            } };
          });
        } };
        return scoped;
      },
    };
  }

  window.Excel = {
    run: function (callback) { return Promise.resolve().then(function () { return callback(context); }); },
  };
})();
