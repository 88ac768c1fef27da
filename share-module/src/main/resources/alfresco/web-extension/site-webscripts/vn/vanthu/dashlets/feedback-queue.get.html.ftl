<@markup id="widgets">
   <@createWidgets group="dashlets" />
</@>

<@markup id="html">
   <@uniqueIdDiv>
      <#assign el = args.htmlid?html>
      <div class="dashlet vanthu-feedback-queue">
         <div class="title">${msg("dashlet.title")?html}</div>
         <div class="body scrollableList" id="${el}-body" <#if args.height??>style="height: ${args.height?html}px;"</#if>>
         <#if status != 200>
            <div class="detail-list-item">${msg("error.load", status)?html}</div>
         <#elseif items?size == 0>
            <div class="detail-list-item">${msg("state.empty")?html}</div>
         <#else>
            <div class="detail-list-item"><b>${msg("summary", total, overdue)?html}</b></div>
            <#list items as item>
            <div class="detail-list-item"<#if item.overdue> style="border-left: 4px solid #c00; padding-left: 6px;"</#if>>
               <a href="${url.context}/page/document-details?nodeRef=${item.nodeRef?url('UTF-8')}">${item.code?html}</a>
               <#if item.overdue><span style="color: #c00; font-weight: bold;"> ${msg("overdue")?html}</span></#if>
               <div>${item.submitter?html} · ${item.channel?html}<#if item.field?has_content> · ${item.field?html}</#if></div>
               <div>${msg("status")?html}: ${item.statusText?html}<#if item.handler?has_content> · ${msg("handler")?html}: ${item.handler?html}</#if></div>
               <div>${msg("due")?html}: ${item.dueAtText?html}</div>
            </div>
            </#list>
         </#if>
         </div>
      </div>
   </@>
</@>
