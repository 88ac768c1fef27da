<#-- Keys handed to the browser script; the dashlet test checks each one against both bundles
     and against the keys the script uses. -->
<#assign clientKeys = [
   "format.thousands", "format.decimal",
   "period.label", "period.annual", "period.year", "period.quarter", "period.month", "period.custom",
   "period.from", "period.to", "period.datePattern", "period.show", "period.summary",
   "section.documents", "section.dossiers",
   "doc.outgoingSigned", "doc.outgoingTransmitted", "doc.incomingEntered", "doc.value", "doc.none",
   "series.early", "series.onTime", "series.late", "series.withinDeadline", "series.overdue",
   "unit.total", "unit.count", "summary.dossiers", "tooltip.segment",
   "state.loading", "state.empty", "error.forbidden", "error.load", "error.format", "error.period", "error.date", "error.dates"
]>

<@markup id="css">
   <@link rel="stylesheet" type="text/css" href="${url.context}/res/vanthu/components/dashlets/vanthu-coverage.css" group="dashlets" />
</@>

<@markup id="js">
   <@script type="text/javascript" src="${url.context}/res/vanthu/components/dashlets/vanthu-coverage.js" group="dashlets" />
</@>

<@markup id="widgets">
   <@createWidgets group="dashlets" />
   <@inlineScript group="dashlets">
      VanthuCoverage.create("${args.htmlid?js_string}-body", {
         proxyUri: Alfresco.constants.PROXY_URI,
         lang: "${((locale!"vi")?substring(0, 2))?js_string}",
         messages: {
<#list clientKeys as key>
            "${key}": "${msg(key)?js_string}"<#if key_has_next>,</#if>
</#list>
         }
      });
   </@>
</@>

<@markup id="html">
   <@uniqueIdDiv>
      <#assign el = args.htmlid?html>
      <div class="dashlet vanthu-signatures-dossiers">
         <div class="title">${msg("dashlet.title")?html}</div>
         <div class="body" id="${el}-body" <#if args.height??>style="height: ${args.height?html}px;"</#if>>
            <div class="vt-status">${msg("state.loading")?html}</div>
         </div>
      </div>
   </@>
</@>
