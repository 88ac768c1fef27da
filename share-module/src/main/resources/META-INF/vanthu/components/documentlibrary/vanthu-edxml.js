/*
 * Vanthu edXML actions of the Document Library (issue 12), configured in vanthu-share-extension.xml:
 *  - onVanthuEdxmlExport: downloads the edXML package of an issued outgoing document
 *    (GET /alfresco/s/vanthu/edxml/package?nodeRef=..., through Share's proxy);
 *  - onVanthuEdxmlSend: puts the package in the site's edXML outbox and marks the document
 *    transmitted electronically (POST /alfresco/s/vanthu/edxml/send?nodeRef=...), then shows the
 *    repository's answer, whose refusals are in Vietnamese and English.
 *
 * The URL and message helpers are plain functions exposed as window.VanthuEdxml for the browser
 * test; the actions are registered only when Share's YAHOO.Bubbling is present.
 */
(function (root)
{
   "use strict";

   function proxy()
   {
      return root.Alfresco && root.Alfresco.constants ? root.Alfresco.constants.PROXY_URI : "/share/proxy/alfresco/";
   }

   var api = {
      /** The download URL of the package of the node. */
      packageUrl: function (nodeRef, proxyUri)
      {
         return (proxyUri || proxy()) + "vanthu/edxml/package?nodeRef=" + encodeURIComponent(nodeRef) + "&a=true";
      },

      /** The URL that sends the node. */
      sendUrl: function (nodeRef, proxyUri)
      {
         return (proxyUri || proxy()) + "vanthu/edxml/send?nodeRef=" + encodeURIComponent(nodeRef);
      },

      /** The repository's reason of a refusal ({"message": "vi / en", "problems": [...]}), or the fallback. */
      refusalText: function (json, fallback)
      {
         if (json && json.problems && json.problems.length)
         {
            var lines = [];
            for (var i = 0; i < json.problems.length; i++)
            {
               lines.push(json.problems[i].vi + " / " + json.problems[i].en);
            }
            return lines.join("\n");
         }
         return json && json.message ? json.message : fallback;
      }
   };
   root.VanthuEdxml = api;

   if (root.YAHOO && root.YAHOO.Bubbling)
   {
      root.YAHOO.Bubbling.fire("registerAction",
      {
         actionName: "onVanthuEdxmlExport",
         fn: function (record)
         {
            root.location.href = api.packageUrl(record.nodeRef);
         }
      });
      root.YAHOO.Bubbling.fire("registerAction",
      {
         actionName: "onVanthuEdxmlSend",
         fn: function (record)
         {
            var self = this;
            root.Alfresco.util.Ajax.jsonPost(
            {
               url: api.sendUrl(record.nodeRef),
               successCallback:
               {
                  fn: function ()
                  {
                     root.Alfresco.util.PopupManager.displayMessage({ text: self.msg("vanthu.message.edxmlSent") });
                     root.YAHOO.Bubbling.fire("metadataRefresh");
                  }
               },
               failureCallback:
               {
                  fn: function (response)
                  {
                     root.Alfresco.util.PopupManager.displayPrompt(
                     {
                        title: self.msg("vanthu.message.edxmlSendFailed"),
                        text: api.refusalText(response.json, self.msg("vanthu.message.edxmlSendFailed"))
                     });
                  }
               }
            });
         }
      });
   }
}(window));
