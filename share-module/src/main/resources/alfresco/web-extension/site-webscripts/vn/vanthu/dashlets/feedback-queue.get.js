// The clerk's queue: read on the server from the repository as the signed-in user.
function main()
{
   // The bundle of the user's language says which one it is ("vi" or "en").
   var lang = msg.get("queue.lang") == "en" ? "en" : "vi";
   var result = remote.call("/vanthu/feedback/queue?lang=" + lang);
   // result.status is Surf's ResponseStatus object, not a number: the template compares the
   // number (FreeMarker refuses to compare an object with 200).
   model.status = result.status.code;
   if (result.status.code == 200)
   {
      var data = JSON.parse(result.response);
      model.total = data.total;
      model.overdue = data.overdue;
      model.items = data.items;
   }
   model.widgets = [{
      id: "DashletResizer",
      name: "Alfresco.widget.DashletResizer",
      initArgs: ["\"" + args.htmlid + "\"", "\"" + instance.object.id + "\""],
      useMessages: false
   }];
}

main();
