/*
 * Vanthu Document Library renderers: the tokens {vanthuNumberNotation}, {vanthuArrival},
 * {vanthuDuplicateOf} and {vanthuAppointment} of the metadata templates in vanthu-share-extension.xml.
 *
 * The formatting functions are plain (no Share dependency) and exposed as window.VanthuDoclib so
 * the browser test can call them; the registration with Share's document list only happens when
 * YAHOO.Bubbling is present.
 */
(function (root)
{
   "use strict";

   function pad2(n)
   {
      return (n < 10 ? "0" : "") + n;
   }

   /** Decree 30 display of a number and notation: numbers below 10 get a leading zero ("04/QĐ-UBND"). */
   function numberNotation(number, notation)
   {
      var n = (number === null || number === undefined || number === "") ? "" : String(number).trim();
      var text = /^\d+$/.test(n) ? pad2(parseInt(n, 10)) : n;
      if (notation)
      {
         text = text ? text + "/" + notation : notation;
      }
      return text;
   }

   /** The ISO string of a doclib date property: a plain string or {value, iso8601}. */
   function isoOf(value)
   {
      if (!value)
      {
         return "";
      }
      return typeof value === "string" ? value : (value.iso8601 || value.value || "");
   }

   /**
    * dd/MM/yyyy (and HH:mm when withTime) read from the ISO text as the repository wrote it, so a
    * date is never shifted by the browser's time zone.
    */
   function formatDate(value, withTime)
   {
      var m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(isoOf(value));
      if (!m)
      {
         return "";
      }
      var text = m[3] + "/" + m[2] + "/" + m[1];
      if (withTime && m[4] !== undefined)
      {
         text += " " + m[4] + ":" + m[5];
      }
      return text;
   }

   function escapeHtml(s)
   {
      return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
            .replace(/"/g, "&quot;").replace(/'/g, "&#39;");
   }

   function prop(record, name)
   {
      var props = (record.jsNode && record.jsNode.properties) || (record.node && record.node.properties) || {};
      var v = props[name];
      return v === undefined ? props[name.replace(":", "_")] : v;
   }

   function line(label, valueText)
   {
      // Share passes the label already formatted as "<em>Label</em>: ".
      return valueText ? '<span class="item">' + label + escapeHtml(valueText) + "</span>" : "";
   }

   var api = {
      numberNotation: numberNotation,
      formatDate: formatDate,

      /** "04/QĐ-UBND, 06/01/2023" */
      renderNumberNotation: function (record, label)
      {
         var text = numberNotation(prop(record, "vt:codeNumber"), prop(record, "vt:codeNotation"));
         var issued = formatDate(prop(record, "vt:issuedDate"), false);
         return line(label, text && issued ? text + ", " + issued : text);
      },

      /** "125 (06/01/2023 08:30)" */
      renderArrival: function (record, label)
      {
         var number = prop(record, "vt:arrivalNumber");
         var text = (number === null || number === undefined) ? "" : String(number);
         var at = formatDate(prop(record, "vt:arrivalDate"), true);
         return line(label, text && at ? text + " (" + at + ")" : text);
      },

      /**
       * A link to the earlier document of a possible duplicate (vt:duplicateOf holds its node
       * reference); nothing for a document that is not flagged. "this" is Share's document list.
       */
      renderDuplicateOf: function (record, label)
      {
         var nodeRef = prop(record, "vt:duplicateOf");
         if (!nodeRef || !/^workspace:\/\/SpacesStore\/[\w-]+$/.test(nodeRef))
         {
            return "";
         }
         var pages = root.Alfresco && root.Alfresco.constants ? root.Alfresco.constants.URL_PAGECONTEXT : "/share/page/";
         return '<span class="item">' + label + '<a href="' + pages + "document-details?nodeRef=" + encodeURIComponent(nodeRef) + '">'
               + escapeHtml(this.msg("vanthu.link.earlierDocument")) + "</a></span>";
      },

      renderAppointment: function (record, label)
      {
         return line(label, formatDate(prop(record, "vt:appointmentAt"), true));
      }
   };
   root.VanthuDoclib = api;

   if (root.YAHOO && root.YAHOO.Bubbling)
   {
      root.YAHOO.Bubbling.fire("registerRenderer", { propertyName: "vanthuNumberNotation", renderer: api.renderNumberNotation });
      root.YAHOO.Bubbling.fire("registerRenderer", { propertyName: "vanthuArrival", renderer: api.renderArrival });
      root.YAHOO.Bubbling.fire("registerRenderer", { propertyName: "vanthuDuplicateOf", renderer: api.renderDuplicateOf });
      root.YAHOO.Bubbling.fire("registerRenderer", { propertyName: "vanthuAppointment", renderer: api.renderAppointment });
   }
}(window));
