<#--
   Vanthu Admin Console page: signature coverage, documents not VALID, re-verification.
   Data is read in the browser from the report web script (GET /vanthu/reports/signature-coverage:
   {"from","to","outgoing":{status: count},"incoming":{status: count},"notValid":{"total","skipCount",
   "maxItems","hasMoreItems","items":[{"id" (node reference),"name","notation","issuedDate","status","reason"}]}});
   re-verification posts one action execution per document ("vanthu-reverify-signatures") to the v1
   REST API, which queues it and answers 202.
-->
<#include "/org/alfresco/repository/admin/admin-template.ftl" />
<#-- The values of vt:signatureStatus, then NOT_CHECKED: documents the verifier has not looked at yet
     (no vt:signatureInfo), which the report counts under that key. -->
<#assign statuses = ["VALID", "INVALID", "UNTRUSTED", "MODIFIED_AFTER_SIGNING", "CERT_EXPIRED", "WEAK_ALGORITHM", "MALFORMED", "PENDING", "UNSIGNED", "NOT_CHECKED"]>
<#assign clientKeys = ["vanthu-signatures.total", "vanthu-signatures.validShare", "vanthu-signatures.reverify",
   "vanthu-signatures.pageInfo", "vanthu-signatures.none", "vanthu-signatures.loading", "vanthu-signatures.badPeriod",
   "vanthu-signatures.loadFailed", "vanthu-signatures.queued", "vanthu-signatures.queueFailed"]>

<@page title=msg("vanthu-signatures.title") readonly=true>
<style type="text/css">
   .vt-admin table.vt-table { border-collapse: collapse; margin: 8px 0 16px; }
   .vt-admin table.vt-table th, .vt-admin table.vt-table td { border: 1px solid #d6d9de; padding: 4px 8px; text-align: left; vertical-align: top; }
   .vt-admin table.vt-table td.vt-num { text-align: right; }
   .vt-admin .vt-message { margin: 8px 0; font-weight: bold; }
   .vt-admin .vt-error { color: #c62828; }
   .vt-admin .vt-toolbar { margin: 8px 0; }
   .vt-admin .vt-toolbar input, .vt-admin .vt-toolbar button { margin-right: 8px; }
</style>
<div class="column-full vt-admin">
   <p class="intro">${msg("vanthu-signatures.intro")?html}</p>

   <@section label=msg("vanthu-signatures.period") />
   <div class="vt-toolbar">
      <label>${msg("vanthu-signatures.from")?html} <input type="date" id="vt-from" /></label>
      <label>${msg("vanthu-signatures.to")?html} <input type="date" id="vt-to" /></label>
      <button type="button" id="vt-show">${msg("vanthu-signatures.show")?html}</button>
   </div>
   <div id="vt-message" class="vt-message"></div>

   <@section label=msg("vanthu-signatures.coverage") />
   <table class="vt-table" id="vt-coverage">
      <thead>
         <tr>
            <th>${msg("vanthu-signatures.status")?html}</th>
            <th>${msg("vanthu-signatures.outgoing")?html}</th>
            <th>${msg("vanthu-signatures.incoming")?html}</th>
         </tr>
      </thead>
      <tbody></tbody>
   </table>

   <@section label=msg("vanthu-signatures.notValid") />
   <div class="vt-toolbar">
      <button type="button" id="vt-reverify-page">${msg("vanthu-signatures.reverifyPage")?html}</button>
      <button type="button" id="vt-previous">${msg("vanthu-signatures.previous")?html}</button>
      <button type="button" id="vt-next">${msg("vanthu-signatures.next")?html}</button>
      <span id="vt-page-info"></span>
   </div>
   <table class="vt-table" id="vt-not-valid">
      <thead>
         <tr>
            <th>${msg("vanthu-signatures.name")?html}</th>
            <th>${msg("vanthu-signatures.notation")?html}</th>
            <th>${msg("vanthu-signatures.issuedDate")?html}</th>
            <th>${msg("vanthu-signatures.status")?html}</th>
            <th>${msg("vanthu-signatures.reason")?html}</th>
            <th>${msg("vanthu-signatures.action")?html}</th>
         </tr>
      </thead>
      <tbody></tbody>
   </table>
</div>

<script type="text/javascript">//<![CDATA[
(function ()
{
   var REPORT = "${url.serviceContext?js_string}/vanthu/reports/signature-coverage";
   var ACTIONS = "${url.context?js_string}/api/-default-/public/alfresco/versions/1/action-executions";
   var ACTION_ID = "vanthu-reverify-signatures";
   var PAGE_SIZE = 50;
   var STATUSES = [<#list statuses as s>"${s}"<#if s_has_next>, </#if></#list>];
   var STATUS_LABELS = {
<#list statuses as s>
      "${s}": "${msg("vanthu-signatures.status." + s)?js_string}"<#if s_has_next>,</#if>
</#list>
   };
   var M = {
<#list clientKeys as key>
      "${key}": "${msg(key)?js_string}"<#if key_has_next>,</#if>
</#list>
   };
   var skipCount = 0, items = [];

   function m(key)
   {
      var args = Array.prototype.slice.call(arguments, 1);
      return M[key].replace(/\{(\d+)\}/g, function (all, i) { return args[i] !== undefined ? String(args[i]) : all; });
   }

   function say(text, isError)
   {
      var box = el("vt-message");
      box.textContent = text;
      box.className = "vt-message" + (isError ? " vt-error" : "");
   }

   function pad2(n) { return (n < 10 ? "0" : "") + n; }

   /** The national reporting year to date: 15/12 of the previous year (or this year after 15/12) to today. */
   function defaultPeriod()
   {
      var now = new Date(), y = now.getFullYear(), mo = now.getMonth() + 1, d = now.getDate();
      var start = (mo === 12 && d >= 15) ? y : y - 1;
      el("vt-from").value = start + "-12-15";
      el("vt-to").value = y + "-" + pad2(mo) + "-" + pad2(d);
   }

   /** The v1 API wants the node id; the report gives the node reference workspace://SpacesStore/<id>. */
   function nodeId(item)
   {
      return String(item.id).replace(/^.*\//, "");
   }

   /** 2023-01-06 -> 06/01/2023 */
   function day(iso)
   {
      var p = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || "");
      return p ? p[3] + "/" + p[2] + "/" + p[1] : (iso || "");
   }

   function renderCoverage(report)
   {
      var out = report.outgoing || {}, inc = report.incoming || {};
      var body = el("vt-coverage").tBodies[0], totalOut = 0, totalIn = 0;
      body.innerHTML = "";
      STATUSES.forEach(function (s)
      {
         var o = Number(out[s] || 0), i = Number(inc[s] || 0);
         totalOut += o;
         totalIn += i;
         Admin.addTableRow(body, [Admin.html(STATUS_LABELS[s]), o, i]);
      });
      Admin.addTableRow(body, ["<b>" + Admin.html(m("vanthu-signatures.total")) + "</b>", totalOut, totalIn]);
      var share = function (valid, total) { return total > 0 ? (Math.round(valid * 1000 / total) / 10).toFixed(1) + " %" : "-"; };
      Admin.addTableRow(body, [Admin.html(m("vanthu-signatures.validShare")),
         share(Number(out.VALID || 0), totalOut), share(Number(inc.VALID || 0), totalIn)]);
      for (var r = 0; r < body.rows.length; r++)
      {
         body.rows[r].cells[1].className = body.rows[r].cells[2].className = "vt-num";
      }
   }

   function renderList(report)
   {
      var page = report.notValid, body = el("vt-not-valid").tBodies[0];
      items = page.items;
      body.innerHTML = "";
      if (items.length === 0)
      {
         Admin.addTableRow(body, [Admin.html(m("vanthu-signatures.none")), "", "", "", "", ""]);
      }
      items.forEach(function (item, index)
      {
         Admin.addTableRow(body, [
            Admin.html(item.name || ""),
            Admin.html(item.notation || ""),
            Admin.html(day(item.issuedDate)),
            Admin.html(STATUS_LABELS[item.status] || item.status),
            Admin.html(item.reason || ""),
            '<button type="button" data-index="' + index + '">' + Admin.html(m("vanthu-signatures.reverify")) + "</button>"
         ]);
      });
      el("vt-page-info").textContent = page.total > 0 ?
            m("vanthu-signatures.pageInfo", skipCount + 1, skipCount + items.length, page.total) : "";
      el("vt-previous").disabled = skipCount === 0;
      el("vt-next").disabled = !page.hasMoreItems;
      el("vt-reverify-page").disabled = items.length === 0;
   }

   function load()
   {
      var from = el("vt-from").value, to = el("vt-to").value;
      if (!from || !to || from > to)
      {
         say(m("vanthu-signatures.badPeriod"), true);
         return;
      }
      say(m("vanthu-signatures.loading"), false);
      Admin.request({
         url: REPORT + "?format=json&from=" + encodeURIComponent(from) + "&to=" + encodeURIComponent(to)
               + "&skipCount=" + skipCount + "&maxItems=" + PAGE_SIZE,
         fnSuccess: function (res)
         {
            say("", false);
            renderCoverage(res.responseJSON);
            renderList(res.responseJSON);
         },
         fnFailure: function (res)
         {
            var reason = res.responseText;
            try { reason = JSON.parse(res.responseText).message || reason; } catch (e) { /* plain text */ }
            say(m("vanthu-signatures.loadFailed", res.responseStatus, reason), true);
         }
      });
   }

   /** Queues the action for each document in turn; 202 Accepted means queued. */
   function reverify(list)
   {
      var done = 0;
      var next = function (i)
      {
         if (i === list.length)
         {
            say(m("vanthu-signatures.queued", done), false);
            window.setTimeout(load, 4000);
            return;
         }
         var req = new XMLHttpRequest();
         req.open("POST", ACTIONS);
         req.setRequestHeader("Content-Type", "application/json");
         req.setRequestHeader("Accept", "application/json");
         if (Admin.CSRF.enabled)
         {
            req.setRequestHeader(Admin.CSRF.getHeader(), Admin.CSRFToken());
         }
         req.onreadystatechange = function ()
         {
            if (req.readyState !== 4)
            {
               return;
            }
            if (req.status === 202 || req.status === 200 || req.status === 201)
            {
               done++;
               next(i + 1);
            }
            else
            {
               var reason = req.responseText;
               try { reason = JSON.parse(req.responseText).error.briefSummary || reason; } catch (e) { /* plain text */ }
               say(m("vanthu-signatures.queueFailed", list[i].name || nodeId(list[i]), req.status, reason), true);
            }
         };
         req.send(JSON.stringify({ actionDefinitionId: ACTION_ID, targetId: nodeId(list[i]) }));
      };
      next(0);
   }

   Admin.addEventListener(el("vt-show"), "click", function () { skipCount = 0; load(); });
   Admin.addEventListener(el("vt-previous"), "click", function () { skipCount = Math.max(0, skipCount - PAGE_SIZE); load(); });
   Admin.addEventListener(el("vt-next"), "click", function () { skipCount += PAGE_SIZE; load(); });
   Admin.addEventListener(el("vt-reverify-page"), "click", function () { reverify(items); });
   Admin.addEventListener(el("vt-not-valid"), "click", function (e)
   {
      var index = e.target && e.target.getAttribute ? e.target.getAttribute("data-index") : null;
      if (index !== null)
      {
         reverify([items[Number(index)]]);
      }
   });
   defaultPeriod();
   load();
}());
//]]></script>
</@page>
