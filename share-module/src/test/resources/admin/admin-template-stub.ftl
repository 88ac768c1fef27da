<#--
   Test stand-in for the repository's /org/alfresco/repository/admin/admin-template.ftl: the two macros
   and the Admin helpers the Vanthu page uses, with the same behaviour (Admin.request calls fnSuccess on
   200 with responseJSON, fnFailure otherwise; POSTs carry the CSRF header). XMLHttpRequest is replaced
   by a recorder that answers the signature-coverage report from the sample JSON and action executions
   with 202, so AdminPageBrowserTest can read what the page asked for.
-->
<#macro page title readonly=false>
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>${title?html}</title>
<script type="text/javascript">
var requests = [];
var sampleReport = @SAMPLE_JSON@;
function RecordingRequest() { this.headers = {}; this.readyState = 0; }
RecordingRequest.prototype.open = function (method, url) { this.method = method || "GET"; this.url = url; };
RecordingRequest.prototype.setRequestHeader = function (name, value) { this.headers[name] = value; };
RecordingRequest.prototype.overrideMimeType = function () {};
RecordingRequest.prototype.send = function (body) {
   requests.push({ method: this.method, url: this.url, headers: this.headers, body: body });
   if (this.method === "GET" && this.url.indexOf("/vanthu/reports/signature-coverage?") >= 0) {
      this.status = 200; this.responseText = JSON.stringify(sampleReport);
   } else if (this.method === "POST" && /\/action-executions$/.test(this.url)) {
      this.status = 202; this.responseText = "{\"entry\":{\"id\":\"queued\"}}";
   } else {
      this.status = 404; this.responseText = "{\"message\":\"no such URL in the test\"}";
   }
   this.readyState = 4;
   if (this.onreadystatechange) { this.onreadystatechange(); }
};
window.XMLHttpRequest = RecordingRequest;

var el = function (id) { return document.getElementById(id); };
var Admin = {
   CSRF: { enabled: true, getHeader: function () { return "Alfresco-CSRFToken"; } },
   CSRFToken: function () { return "token-from-cookie"; },
   html: function (s) {
      return s ? ("" + s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;") : "";
   },
   addEventListener: function (obj, event, fn) { obj.addEventListener(event, fn, false); },
   addTableRow: function (table, row) {
      var tr = table.insertRow(-1);
      for (var i = 0; i < row.length; i++) { tr.insertCell(-1).innerHTML = row[i]; }
   },
   request: function (config) {
      var req = new XMLHttpRequest();
      req.open(config.method ? config.method : "GET", config.url);
      if ((config.method === "POST" || config.method === "PUT") && Admin.CSRF.enabled) {
         req.setRequestHeader(Admin.CSRF.getHeader(), Admin.CSRFToken());
      }
      req.setRequestHeader("Accept", "application/json");
      req.onreadystatechange = function () {
         if (req.readyState !== 4) { return; }
         if (req.status === 200) {
            config.fnSuccess({ responseText: req.responseText, responseStatus: req.status, responseJSON: JSON.parse(req.responseText) });
         } else {
            config.fnFailure({ responseText: req.responseText, responseStatus: req.status });
         }
      };
      req.send(config.method === "POST" || config.method === "PUT" ? JSON.stringify(config.data || {}) : null);
   }
};
</script>
</head>
<body>
<h1 id="page-title">${title?html}</h1>
<form id="admin-jmx-form" action="#">
<#nested>
</form>
<pre id="requests-before-click"></pre>
<pre id="requests"></pre>
<script type="text/javascript">
el("requests-before-click").textContent = JSON.stringify(requests);
// the administrator asks to verify the first listed document again
document.querySelector('#vt-not-valid button[data-index="0"]').click();
el("requests").textContent = JSON.stringify(requests);
</script>
</body>
</html>
</#macro>

<#macro section label>
<h2 class="section">${label?html}</h2>
</#macro>
