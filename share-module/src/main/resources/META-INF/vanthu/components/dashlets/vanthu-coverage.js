/*
 * Dashlet "Ký số và xử lý hồ sơ" (signatures and dossiers).
 *
 * Reads the repository's report web scripts through Share's proxy
 *    GET {proxyUri}vanthu/reports/documents?from=YYYY-MM-DD&to=YYYY-MM-DD&lang=vi|en
 *    GET {proxyUri}vanthu/reports/dossiers?from=...&to=...&lang=...&groupBy=unit&electronic=true
 * (electronic=true: the annual report's timeliness figures are those of dossiers handled in the
 * electronic system; lang picks the language of the group labels the report returns)
 * and draws, as inline SVG, the shares of outgoing documents signed and transmitted and of
 * incoming documents entered electronically, then the timeliness of dossiers per handling unit.
 *
 * Plain JavaScript with no library (Share runs offline and this file must load on its own, as in the
 * browser test harness). Every text comes from options.messages (the dashlet's .properties bundle).
 * Public API: window.VanthuCoverage.create(elementOrId, options).
 */
(function (root)
{
   "use strict";

   var SVG_NS = "http://www.w3.org/2000/svg";
   var WIDTH = 560;
   var FONT = "'Open Sans', Arial, 'DejaVu Sans', sans-serif";

   /** Dossier series in drawing order, with the report field each one reads. */
   var SERIES = [
      { key: "early", color: "#2e7d32", ink: "#ffffff", read: function (g) { return g.settled.early; } },
      { key: "onTime", color: "#1565c0", ink: "#ffffff", read: function (g) { return g.settled.onTime; } },
      { key: "late", color: "#c62828", ink: "#ffffff", read: function (g) { return g.settled.late; } },
      { key: "withinDeadline", color: "#f9a825", ink: "#212121", read: function (g) { return g.inProgress.withinDeadline; } },
      { key: "overdue", color: "#e65100", ink: "#ffffff", read: function (g) { return g.inProgress.overdue; } }
   ];

   // ---------------------------------------------------------------- text and numbers

   function Texts(messages)
   {
      this.messages = messages || {};
   }

   /** Message with {0}, {1}... replaced; the key itself when the bundle lacks it. */
   Texts.prototype.m = function (key)
   {
      var text = this.messages.hasOwnProperty(key) ? this.messages[key] : key;
      var args = Array.prototype.slice.call(arguments, 1);
      return text.replace(/\{(\d+)\}/g, function (all, i)
      {
         return args[i] !== undefined ? String(args[i]) : all;
      });
   };

   /** 1228 -> "1.228" (vi) or "1,228" (en). */
   Texts.prototype.integer = function (n)
   {
      var sep = this.m("format.thousands");
      return String(Math.round(Number(n) || 0)).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
   };

   /** 100 -> "100,0 %" (vi) or "100.0 %" (en); one decimal as in the reports. */
   Texts.prototype.percent = function (p)
   {
      return p.toFixed(1).replace(".", this.m("format.decimal")) + " %";
   };

   /** Share of part in whole with one decimal, or null when whole is 0. */
   function share(part, whole)
   {
      return whole > 0 ? Math.round(part * 1000 / whole) / 10 : null;
   }

   // ---------------------------------------------------------------- periods

   function pad2(n)
   {
      return (n < 10 ? "0" : "") + n;
   }

   function iso(y, m, d)
   {
      return y + "-" + pad2(m) + "-" + pad2(d);
   }

   function parseIso(s)
   {
      var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s || "");
      return m ? { y: +m[1], m: +m[2], d: +m[3] } : null;
   }

   function lastDayOfMonth(y, m)
   {
      return new Date(Date.UTC(y, m, 0)).getUTCDate();
   }

   /**
    * The period of a preset, as ISO dates, for the given day.
    * "annual" is the national reporting year up to that day: it runs from 15/12 of the previous
    * year to 14/12 (so 06/12/2023 gives 15/12/2022 - 06/12/2023, the commune report's period).
    */
   function presetPeriod(preset, today)
   {
      var t = parseIso(today);
      switch (preset)
      {
         case "annual":
            var startYear = (t.m === 12 && t.d >= 15) ? t.y : t.y - 1;
            return { from: iso(startYear, 12, 15), to: today };
         case "year":
            return { from: iso(t.y, 1, 1), to: iso(t.y, 12, 31) };
         case "quarter":
            var q = Math.floor((t.m - 1) / 3) * 3 + 1;
            return { from: iso(t.y, q, 1), to: iso(t.y, q + 2, lastDayOfMonth(t.y, q + 2)) };
         case "month":
            return { from: iso(t.y, t.m, 1), to: iso(t.y, t.m, lastDayOfMonth(t.y, t.m)) };
         default:
            return null;
      }
   }

   function displayDate(s)
   {
      var d = parseIso(s);
      return d ? pad2(d.d) + "/" + pad2(d.m) + "/" + d.y : s;
   }

   /** "06/12/2023" (or 6/12/2023) -> "2023-12-06"; null when it is not a real calendar day. */
   function readDate(text)
   {
      var m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text || "");
      if (!m)
      {
         return null;
      }
      var d = +m[1], mo = +m[2], y = +m[3];
      if (mo < 1 || mo > 12 || d < 1 || d > lastDayOfMonth(y, mo))
      {
         return null;
      }
      return iso(y, mo, d);
   }

   function todayIso()
   {
      var now = new Date();
      return iso(now.getFullYear(), now.getMonth() + 1, now.getDate());
   }

   // ---------------------------------------------------------------- DOM helpers

   /** Creates an element (SVG when ns is given), sets its attributes and text, appends it to parent. */
   function make(ns, tag, attrs, parent, text)
   {
      var e = ns ? document.createElementNS(ns, tag) : document.createElement(tag);
      setAttrs(e, attrs);
      if (text !== undefined)
      {
         e.appendChild(document.createTextNode(text));
      }
      if (parent)
      {
         parent.appendChild(e);
      }
      return e;
   }

   function html(tag, attrs, parent, text)
   {
      return make(null, tag, attrs, parent, text);
   }

   function svg(tag, attrs, parent, text)
   {
      return make(SVG_NS, tag, attrs, parent, text);
   }

   function setAttrs(e, attrs)
   {
      for (var name in attrs)
      {
         if (attrs.hasOwnProperty(name) && attrs[name] !== undefined && attrs[name] !== null)
         {
            e.setAttribute(name, String(attrs[name]));
         }
      }
   }

   /** Round to 0.01 px so the drawn widths are stable and easy to check. */
   function px(x)
   {
      return Math.round(x * 100) / 100;
   }

   function svgRoot(parent, height, label)
   {
      return svg("svg", {
         "class": "vt-chart",
         width: "100%",
         viewBox: "0 0 " + WIDTH + " " + height,
         role: "img",
         "aria-label": label,
         "font-family": FONT
      }, parent);
   }

   // ---------------------------------------------------------------- charts

   /** Three share bars from the documents report. */
   function drawDocuments(parent, report, t)
   {
      var rows = [
         { key: "outgoingSigned", part: report.outgoing.signed, whole: report.outgoing.issued },
         { key: "outgoingTransmitted", part: report.outgoing.transmittedElectronically, whole: report.outgoing.issued },
         { key: "incomingEntered", part: report.incoming.enteredElectronically, whole: report.incoming.received }
      ];
      html("h4", { "class": "vt-section" }, parent, t.m("section.documents"));
      var rowHeight = 46;
      var chart = svgRoot(parent, rows.length * rowHeight, t.m("section.documents"));
      rows.forEach(function (row, i)
      {
         var y = i * rowHeight;
         var p = share(row.part, row.whole);
         var label = t.m("doc." + row.key);
         var value = p === null ? t.m("doc.none") :
               t.m("doc.value", t.integer(row.part), t.integer(row.whole), t.percent(p));
         var g = svg("g", {
            "class": "vt-doc-row",
            "data-key": row.key,
            "data-part": row.part,
            "data-whole": row.whole,
            "data-share": p === null ? "" : p.toFixed(1)
         }, chart);
         svg("title", {}, g, label + ": " + value);
         svg("text", { "class": "vt-label", x: 0, y: y + 15, "font-size": 13, fill: "#333333" }, g, label);
         svg("text", { "class": "vt-value", x: WIDTH, y: y + 15, "font-size": 13, "font-weight": "bold",
            "text-anchor": "end", fill: "#333333" }, g, value);
         svg("rect", { "class": "vt-track", x: 0, y: y + 22, width: WIDTH, height: 14, rx: 3, fill: "#e6e9ee" }, g);
         svg("rect", { "class": "vt-fill", x: 0, y: y + 22, width: px(WIDTH * (p || 0) / 100), height: 14, rx: 3,
            fill: p !== null && p >= 100 ? "#2e7d32" : "#1565c0" }, g);
      });
   }

   function unitTotal(g)
   {
      return g.settled.total + g.inProgress.total;
   }

   /** One 100 % stacked bar per unit (and the total): early, on time, late, in progress. */
   function drawDossiers(parent, report, t)
   {
      html("h4", { "class": "vt-section" }, parent, t.m("section.dossiers"));
      var groups = (report.groups || []).filter(function (g) { return unitTotal(g) > 0; });
      if (groups.length === 0)
      {
         html("p", { "class": "vt-empty" }, parent, t.m("state.empty"));
         return;
      }
      var rows = groups.map(function (g) { return { unit: g.label || g.key, group: g, total: false }; });
      rows.push({ unit: t.m("unit.total"), group: report.total, total: true });

      var legendHeight = 26, rowHeight = 44;
      var chart = svgRoot(parent, legendHeight + rows.length * rowHeight, t.m("section.dossiers"));

      // legend
      var x = 0;
      SERIES.forEach(function (s)
      {
         var text = t.m("series." + s.key);
         var item = svg("g", { "class": "vt-legend", "data-series": s.key }, chart);
         svg("rect", { x: x, y: 4, width: 12, height: 12, rx: 2, fill: s.color }, item);
         var label = svg("text", { x: x + 16, y: 14, "font-size": 11, fill: "#444444" }, item, text);
         // measured when the browser can (the chart is already in the page), estimated otherwise
         var measured = label.getComputedTextLength ? label.getComputedTextLength() : 0;
         x += 16 + (measured > 0 ? measured : text.length * 6) + 16;
      });

      rows.forEach(function (row, i)
      {
         var y = legendHeight + i * rowHeight;
         var total = unitTotal(row.group);
         var g = svg("g", {
            "class": row.total ? "vt-unit-row vt-total-row" : "vt-unit-row",
            "data-unit": row.total ? "" : row.unit,
            "data-total": total
         }, chart);
         svg("text", { "class": "vt-label", x: 0, y: y + 15, "font-size": 13, fill: "#333333",
            "font-weight": row.total ? "bold" : "normal" }, g, row.unit);
         svg("text", { "class": "vt-value", x: WIDTH, y: y + 15, "font-size": 12, "text-anchor": "end", fill: "#555555" },
               g, t.m("unit.count", t.integer(total)));
         var offset = 0;
         SERIES.forEach(function (s)
         {
            var value = s.read(row.group) || 0;
            if (value === 0)
            {
               return;
            }
            var width = WIDTH * value / total;
            var seg = svg("rect", { "class": "vt-seg", "data-series": s.key, "data-value": value,
               x: px(offset), y: y + 21, width: px(width), height: 18, fill: s.color }, g);
            svg("title", {}, seg, t.m("tooltip.segment", row.unit, t.m("series." + s.key), t.integer(value),
                  t.percent(share(value, total))));
            var label = t.integer(value);
            if (width >= label.length * 7 + 8)
            {
               svg("text", { "class": "vt-seg-label", "data-series": s.key, x: px(offset + width / 2), y: y + 34,
                  "font-size": 11, "text-anchor": "middle", fill: s.ink }, g, label);
            }
            offset += width;
         });
      });

      var tot = report.total;
      html("p", { "class": "vt-summary" }, parent, t.m("summary.dossiers", t.integer(tot.settled.early),
            t.integer(tot.settled.onTime), t.integer(tot.settled.late), t.integer(tot.inProgress.total)));
   }

   // ---------------------------------------------------------------- loading

   /** Default loader: XMLHttpRequest through Share's proxy (same origin, session cookie). */
   function xhrLoad(url, callback)
   {
      var req = new XMLHttpRequest();
      req.open("GET", url, true);
      req.setRequestHeader("Accept", "application/json");
      req.onreadystatechange = function ()
      {
         if (req.readyState !== 4)
         {
            return;
         }
         var json = null;
         try
         {
            json = JSON.parse(req.responseText);
         }
         catch (e)
         {
            json = null;
         }
         if (req.status === 200 && json)
         {
            callback(null, json);
         }
         else
         {
            callback({ status: req.status, message: json && json.message ? json.message : req.statusText });
         }
      };
      req.send(null);
   }

   function Dashlet(element, options)
   {
      this.el = element;
      this.options = options;
      this.t = new Texts(options.messages);
      this.load = options.load || xhrLoad;
      this.proxyUri = options.proxyUri || "/share/proxy/alfresco/";
      this.today = options.today || todayIso();
      this.build();
      this.choose(options.preset || "annual");
      this.refresh();
   }

   Dashlet.prototype.build = function ()
   {
      var t = this.t, self = this;
      this.el.innerHTML = "";
      this.el.className += " vt-coverage";
      var bar = html("div", { "class": "vt-toolbar" }, this.el);
      html("label", { "class": "vt-field" }, bar, t.m("period.label"));
      this.preset = html("select", { "class": "vt-preset", "aria-label": t.m("period.label") }, bar);
      ["annual", "year", "quarter", "month", "custom"].forEach(function (p)
      {
         html("option", { value: p }, self.preset, t.m("period." + p));
      });
      // Text fields in the Vietnamese dd/mm/yyyy form: the same in every browser and language.
      var dateAttrs = { type: "text", size: 10, maxlength: 10, placeholder: t.m("period.datePattern") };
      var fromLabel = html("label", { "class": "vt-field" }, bar, t.m("period.from") + " ");
      dateAttrs["class"] = "vt-from";
      this.from = html("input", dateAttrs, fromLabel);
      var toLabel = html("label", { "class": "vt-field" }, bar, t.m("period.to") + " ");
      dateAttrs["class"] = "vt-to";
      this.to = html("input", dateAttrs, toLabel);
      this.button = html("button", { type: "button", "class": "vt-show" }, bar, t.m("period.show"));
      this.period = html("div", { "class": "vt-period" }, this.el);
      this.status = html("div", { "class": "vt-status", role: "status" }, this.el);
      this.charts = html("div", { "class": "vt-charts" }, this.el);

      this.preset.addEventListener("change", function ()
      {
         self.choose(self.preset.value);
         if (self.preset.value !== "custom")
         {
            self.refresh();
         }
      });
      var toCustom = function () { self.preset.value = "custom"; };
      this.from.addEventListener("change", toCustom);
      this.to.addEventListener("change", toCustom);
      this.button.addEventListener("click", function () { self.refresh(); });
   };

   Dashlet.prototype.choose = function (preset)
   {
      this.preset.value = preset;
      var period = presetPeriod(preset, this.today);
      if (period)
      {
         this.from.value = displayDate(period.from);
         this.to.value = displayDate(period.to);
      }
   };

   Dashlet.prototype.showStatus = function (text, isError)
   {
      this.status.textContent = text;
      this.status.className = "vt-status" + (isError ? " vt-error" : "");
   };

   /** Validates the period, loads both reports, then draws; an error names the problem. */
   Dashlet.prototype.refresh = function ()
   {
      var t = this.t, self = this;
      if (!this.from.value.trim() || !this.to.value.trim())
      {
         this.showStatus(t.m("error.dates"), true);
         return;
      }
      var from = readDate(this.from.value), to = readDate(this.to.value);
      if (!from || !to)
      {
         this.showStatus(t.m("error.date", from ? this.to.value : this.from.value), true);
         return;
      }
      if (from > to)
      {
         this.showStatus(t.m("error.period"), true);
         return;
      }
      this.period.textContent = t.m("period.summary", displayDate(from), displayDate(to));
      this.showStatus(t.m("state.loading"), false);
      this.el.removeAttribute("data-vanthu-rendered");
      var q = "from=" + encodeURIComponent(from) + "&to=" + encodeURIComponent(to) +
            (this.options.lang ? "&lang=" + encodeURIComponent(this.options.lang) : "");
      var base = this.proxyUri + "vanthu/reports/";
      var results = {}, failed = false, pending = 2;
      var done = function (name)
      {
         return function (err, json)
         {
            if (failed)
            {
               return;
            }
            if (err)
            {
               failed = true;
               self.charts.innerHTML = "";
               self.showStatus(err.status === 403 || err.status === 401 ? t.m("error.forbidden") :
                     t.m("error.load", err.status, err.message || ""), true);
               return;
            }
            results[name] = json;
            if (--pending === 0)
            {
               self.draw(results.documents, results.dossiers);
            }
         };
      };
      this.load(base + "documents?" + q, done("documents"));
      this.load(base + "dossiers?" + q + "&groupBy=unit&electronic=true", done("dossiers"));
   };

   Dashlet.prototype.draw = function (documents, dossiers)
   {
      this.charts.innerHTML = "";
      this.showStatus("", false);
      try
      {
         drawDocuments(this.charts, documents, this.t);
         drawDossiers(this.charts, dossiers, this.t);
         this.el.setAttribute("data-vanthu-rendered", "true");
      }
      catch (e)
      {
         // a report of another shape (an older or newer repository module): say so, draw nothing
         this.charts.innerHTML = "";
         this.showStatus(this.t.m("error.format", e.message), true);
      }
   };

   function create(elementOrId, options)
   {
      var element = typeof elementOrId === "string" ? document.getElementById(elementOrId) : elementOrId;
      if (!element && typeof elementOrId === "string" && document.readyState === "loading")
      {
         // Share may run the inline script before the dashlet markup is parsed.
         document.addEventListener("DOMContentLoaded", function () { create(elementOrId, options); });
         return null;
      }
      return new Dashlet(element, options || {});
   }

   root.VanthuCoverage = {
      create: create,
      presetPeriod: presetPeriod
   };
}(window));
