// A fake Excel for the task-pane browser test: plain ES2017 script, injected with
// addInitScript before the page's own scripts. It implements the slice of the
// Excel API that src/excel uses (writeSheets' ExcelContextLike and readScenarios'
// reads) and records every write in window.__fakeWorkbook for the test to inspect.
// Not a spreadsheet: formulas are stored as text, never calculated.
//
// Strict like Excel (issue 10), with the same rules as tests/excel/fakeExcel.ts: an operation
// Excel would refuse (an array of the wrong shape, a taken or invalid sheet/table/defined name
// across tables and names, a blank/duplicate/formula table header, an unquoted cell-like sheet
// name in a formula, ";" separators, decimal commas, nl-NL number formats, a request over 5 MB)
// is not applied; it fails the next context.sync(), and every operation after it until then is
// dropped, as in an Office.js batch (operations before it stay: batches do not roll back).
(function () {
  "use strict";
  var book = { sheets: {}, order: [], names: [], tables: [], syncs: 0, rejected: [] };
  window.__fakeWorkbook = book;

  // ---- Excel's refusals ----
  var CELL_LIKE = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[Rr]\d*|[Cc]\d*)$/;
  var MAX_REQUEST_BYTES = 5 * 1024 * 1024;
  var failure = null; // the first refusal since the last sync
  var requestBytes = 0;
  function lower(s) {
    return String(s).toLowerCase();
  }
  function taken(list, name) {
    return list.some(function (x) {
      return lower(x.name) === lower(name);
    });
  }
  function sheetNamed(name) {
    for (var k in book.sheets) if (lower(k) === lower(name)) return k;
    return null;
  }
  function sheetNameProblem(name) {
    if (String(name).trim() === "") return "blank";
    if (name.length > 31) return "longer than 31 characters";
    if (/[[\]:*?\/\\]/.test(name)) return "holds one of []:*?/\\";
    if (/^'|'$/.test(name)) return "starts or ends with an apostrophe";
    if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(name)) return "holds half a surrogate pair";
    return null;
  }
  function objectNameProblem(name) {
    if (!/^[A-Za-z_\\\u00C0-\uFFFF][A-Za-z0-9_.\\\u00C0-\uFFFF]*$/.test(name)) return "not a valid name";
    if (name.length > 255) return "longer than 255 characters";
    if (CELL_LIKE.test(name)) return "reads as a cell reference";
    return null;
  }
  function formulaProblem(formula) {
    if (typeof formula !== "string" || formula.charAt(0) !== "=") return null;
    var f = formula.replace(/"(?:[^"]|"")*"/g, '""');
    if (f.indexOf(";") >= 0) return 'uses ";" (a localized argument separator)';
    if (/(^|[^A-Za-z0-9_.])(SOM|ALS|AFRONDEN|GEMIDDELDE|AANTAL|ALS\.FOUT|VERT\.ZOEKEN)\(/i.test(f)) return "uses a Dutch function name";
    var depth = 0;
    for (var i = 0; i < f.length; i++) {
      var ch = f.charAt(i);
      if (ch === "(") depth++;
      else if (ch === ")") depth--;
      else if (ch === "," && depth === 0 && /(^|[^A-Za-z0-9_$.])\d+$/.test(f.slice(0, i)) && /^\d/.test(f.slice(i + 1))) return "uses a decimal comma";
    }
    var re = /(^|[^A-Za-z0-9_.'\]])([^\s'!=(),:+\-*\/^&<>"[\]{}%]+)!/g,
      m;
    while ((m = re.exec(f))) {
      var name = m[2];
      if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) || CELL_LIKE.test(name) || /^(true|false)$/i.test(name)) return "names sheet " + name + " unquoted";
    }
    return null;
  }
  function numberFormatProblem(format) {
    if (typeof format !== "string") return "not text";
    var bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
    if (/#\.##0/.test(bare)) return 'groups thousands with "." (nl-NL)';
    if (/0,0+(?![0#,])/.test(bare) && bare.indexOf(".") < 0) return "uses a decimal comma (nl-NL)";
    return null;
  }
  /** One queued operation: dropped after a refusal, refused when `problem` says so, else applied. */
  function op(payload, problem, apply) {
    if (failure) return;
    requestBytes += JSON.stringify(payload === undefined ? null : payload).length;
    var why = problem ? problem() : null;
    if (why) {
      failure = new Error("InvalidArgument: " + why);
      book.rejected.push(why);
      return;
    }
    apply();
  }

  function colNumber(letters) {
    var n = 0;
    for (var i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
    return n;
  }
  function colLetters(n) {
    var s = "";
    while (n > 0) {
      var m = (n - 1) % 26;
      s = String.fromCharCode(65 + m) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  }
  /** "A1", "A1:C3" (an optional 'Sheet'! prefix is ignored); column-only ranges give null. */
  function parseRange(address) {
    var bare = String(address).replace(/^.*!/, "");
    var m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(bare);
    if (!m) return null;
    var c1 = colNumber(m[1]),
      r1 = Number(m[2]);
    return { c1: c1, r1: r1, c2: m[3] ? colNumber(m[3]) : c1, r2: m[4] ? Number(m[4]) : r1 };
  }

  function makeRange(sheet, address) {
    var box = parseRange(address);
    var range = {
      address: address,
      sheetName: sheet.name,
      format: { columnWidth: 0, font: {}, fill: {}, protection: {} },
      load: function () {},
    };
    // Locking, data validation (ExcelApi 1.8) and conditional formats (1.6), recorded per range.
    Object.defineProperty(range.format.protection, "locked", {
      set: function (v) {
        sheet.unlocked = sheet.unlocked || [];
        if (v === false) sheet.unlocked.push(address);
      },
    });
    range.dataValidation = {};
    ["ignoreBlanks", "rule", "prompt", "errorAlert"].forEach(function (prop) {
      Object.defineProperty(range.dataValidation, prop, {
        set: function (v) {
          sheet.validations = sheet.validations || {};
          sheet.validations[address] = sheet.validations[address] || {};
          sheet.validations[address][prop] = v;
        },
      });
    });
    range.conditionalFormats = {
      add: function (type) {
        var cf = { type: type, range: address, cellValue: { format: { font: {}, fill: {} }, rule: null } };
        sheet.conditionalFormats = sheet.conditionalFormats || [];
        sheet.conditionalFormats.push(cf);
        return cf;
      },
    };
    function each(values, store) {
      if (!box) return;
      for (var r = box.r1; r <= box.r2; r++)
        for (var c = box.c1; c <= box.c2; c++) {
          var row = values[r - box.r1] || [];
          store(colLetters(c) + r, row[c - box.c1]);
        }
    }
    function shapeProblem(kind, values) {
      if (!box) return null;
      var rows = box.r2 - box.r1 + 1,
        cols = box.c2 - box.c1 + 1;
      if (
        !Array.isArray(values) ||
        values.length !== rows ||
        values.some(function (r) {
          return !Array.isArray(r) || r.length !== cols;
        })
      )
        return kind + " array does not match " + address;
      return null;
    }
    function firstProblem(values, check) {
      for (var r = 0; r < values.length; r++)
        for (var c = 0; c < values[r].length; c++) {
          var why = check(values[r][c]);
          if (why) return why;
        }
      return null;
    }
    Object.defineProperty(range, "formulas", {
      set: function (values) {
        op(
          values,
          function () {
            return shapeProblem("formulas", values) || firstProblem(values, formulaProblem);
          },
          function () {
            each(values, function (a, v) {
              sheet.cells[a] = v;
            });
          },
        );
      },
    });
    Object.defineProperty(range, "numberFormat", {
      set: function (values) {
        op(
          values,
          function () {
            return shapeProblem("numberFormat", values) || firstProblem(values, numberFormatProblem);
          },
          function () {
            each(values, function (a, v) {
              sheet.formats[a] = v;
            });
          },
        );
      },
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
      getRange: function (address) {
        return makeRange(sheet, address);
      },
      activate: function () {
        op({ activate: name }, null, function () {
          book.active = name;
        });
      },
      tables: {
        add: function (address, hasHeaders) {
          var t = { name: "Table" + (book.tables.length + 1), style: "", showTotals: false, address: address, sheet: name };
          var box = parseRange(address);
          op(
            { table: address },
            function () {
              if (!hasHeaders || !box) return null;
              var seen = {};
              for (var c = box.c1; c <= box.c2; c++) {
                var v = sheet.cells[colLetters(c) + box.r1];
                var text = v === undefined || v === null ? "" : String(v);
                if (text.trim() === "") return "table " + address + ": a header is blank";
                if (text.charAt(0) === "=") return "table " + address + ": a header is a formula";
                if (seen[lower(text)]) return "table " + address + ': header "' + text + '" appears twice';
                seen[lower(text)] = true;
              }
              return null;
            },
            function () {
              sheet.tables.push(t);
              book.tables.push(t);
            },
          );
          var handle = { style: "", showTotals: false };
          Object.defineProperty(handle, "name", {
            get: function () {
              return t.name;
            },
            set: function (v) {
              op(
                { name: v },
                function () {
                  return (
                    objectNameProblem(v) ||
                    (book.tables.some(function (x) {
                      return x !== t && lower(x.name) === lower(v);
                    }) || taken(book.names, v)
                      ? "name " + v + " exists"
                      : null)
                  );
                },
                function () {
                  t.name = v;
                },
              );
            },
          });
          ["style", "showTotals"].forEach(function (k) {
            Object.defineProperty(handle, k, {
              get: function () {
                return t[k];
              },
              set: function (v) {
                op({ k: v }, null, function () {
                  t[k] = v;
                });
              },
            });
          });
          return handle;
        },
      },
      charts: {
        add: function (type, source, seriesBy) {
          var chart = {
            type: type,
            source: source.address,
            seriesBy: seriesBy,
            title: { text: "" },
            position: null,
            axes: { categoryAxis: { title: { text: "" } }, valueAxis: { title: { text: "" } } },
            setPosition: function (from, to) {
              chart.position = [from, to];
            },
          };
          sheet.charts.push(chart);
          return chart;
        },
      },
      protection: {
        protect: function () {
          sheet.protected = true;
        },
      },
      // worksheet.pageLayout and page breaks (ExcelApi 1.9): recorded, not laid out.
      pageLayout: (sheet.pageLayout = {
        orientation: "Portrait",
        paperSize: "A4",
        zoom: {},
        leftMargin: 0,
        rightMargin: 0,
        topMargin: 0,
        bottomMargin: 0,
        headerMargin: 0,
        footerMargin: 0,
        printArea: null,
        printTitleRows: null,
        setPrintArea: function (a) {
          sheet.pageLayout.printArea = String(a);
        },
        setPrintTitleRows: function (a) {
          sheet.pageLayout.printTitleRows = String(a);
        },
        headersFooters: { defaultForAllPages: {} },
      }),
      horizontalPageBreaks: {
        add: function (a) {
          (sheet.pageBreaks = sheet.pageBreaks || []).push(String(a));
        },
      },
      freezePanes: {
        freezeAt: function (range) {
          sheet.frozen = String(range);
        },
        freezeRows: function (count) {
          sheet.frozen = "rows:" + count;
        },
      },
    };
  }

  var worksheets = {
    items: [],
    load: function () {
      worksheets.items = book.order.map(function (n) {
        return sheetHandle(n);
      });
    },
    add: function (name) {
      var handle = null;
      op(
        { add: name },
        function () {
          return sheetNameProblem(name) || (sheetNamed(name) ? "a sheet named " + name + " already exists" : null);
        },
        function () {
          handle = makeSheet(name);
        },
      );
      // After a refusal Office.js still hands out a proxy; its operations fail with the batch.
      return (
        handle || {
          name: name,
          activate: function () {},
          getRange: function () {
            return makeRange({ name: name, cells: {}, formats: {} }, "A1");
          },
          tables: {
            add: function () {
              return {};
            },
          },
          charts: {
            add: function () {
              return { title: {}, setPosition: function () {} };
            },
          },
          freezePanes: { freezeAt: function () {}, freezeRows: function () {} },
        }
      );
    },
  };
  var tables = {
    items: [],
    load: function () {
      tables.items = book.tables.map(function (t) {
        return { name: t.name };
      });
    },
  };
  var names = {
    items: [],
    load: function () {
      names.items = book.names.map(function (n) {
        return { name: n.name };
      });
    },
    add: function (name, range, comment) {
      op(
        { name: name },
        function () {
          return objectNameProblem(name) || (taken(book.names, name) || taken(book.tables, name) ? "name " + name + " exists" : null);
        },
        function () {
          book.names.push({ name: name, address: range.address, sheet: range.sheetName, comment: comment });
        },
      );
      return {};
    },
    getItemOrNullObject: function (name) {
      var exists = taken(book.names, name);
      return {
        isNullObject: !exists,
        load: function () {},
        delete: function () {
          op({ deleteName: name }, null, function () {
            book.names = book.names.filter(function (n) {
              return lower(n.name) !== lower(name);
            });
          });
        },
      };
    },
  };
  addSheetLookup(worksheets);
  var context = {
    workbook: { worksheets: worksheets, tables: tables, names: names, customXmlParts: customXmlParts() },
    sync: function () {
      book.syncs++;
      var refused = failure || (requestBytes > MAX_REQUEST_BYTES ? new Error("RequestPayloadSizeLimitExceeded: " + requestBytes + " bytes") : null);
      failure = null;
      requestBytes = 0;
      return new Promise(function (resolve, reject) {
        setTimeout(function () {
          if (refused) reject(refused);
          else resolve();
        }, 5);
      });
    },
  };

  // --- Additions for the task pane's Werkmap and "go to sheet" (kept apart) ---

  /** A loaded worksheet: name, id (stable across renames, like Excel's), getRange, activate. */
  function sheetHandle(n) {
    return {
      name: n,
      id: book.sheets[n].id,
      getRange: function (a) {
        return makeRange(book.sheets[n], a);
      },
      activate: function () {
        op({ activate: n }, null, function () {
          book.active = n;
        });
      },
      delete: function () {
        op({ delete: n }, null, function () {
          delete book.sheets[n];
          book.order = book.order.filter(function (x) {
            return x !== n;
          });
          book.tables = book.tables.filter(function (t) {
            return t.sheet !== n;
          });
          if (book.active === n) book.active = book.order[0];
        });
      },
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
      var found = sheetNamed(name);
      var handle = found
        ? sheetHandle(found)
        : {
            activate: function () {
              throw new Error("InvalidObjectPath");
            },
            delete: function () {},
          };
      handle.isNullObject = !found;
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
        var scoped = {
          items: [],
          load: function () {
            scoped.items = book.xmlParts
              .filter(function (p) {
                return p.namespaceUri === namespace;
              })
              .map(function (p) {
                return {
                  id: p.id,
                  getXml: function () {
                    var at = book.syncs;
                    return {
                      get value() {
                        if (book.syncs === at) throw new Error("PropertyNotLoaded: call context.sync() first");
                        return p.xml;
                      },
                    };
                  },
                };
              });
          },
        };
        return scoped;
      },
    };
  }

  window.Excel = {
    run: function (callback) {
      return Promise.resolve().then(function () {
        return callback(context);
      });
    },
  };
})();
