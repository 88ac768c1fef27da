// The clerk's queue: read on the server from the repository as the signed-in user.
function main()
{
   var lang = (locale || "vi").substring(0, 2) == "en" ? "en" : "vi";
   var result = remote.call("/vanthu/feedback/queue?lang=" + lang);
   model.status = result.status;
   if (result.status == 200)
   {
      var data = JSON.parse(result);
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
