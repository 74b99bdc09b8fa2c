/*
 * Test stand-in for office.js, served by the end-to-end test in place of Microsoft's CDN script
 * (https://appsforoffice.microsoft.com/lib/1/hosted/office.js), which cannot run Excel here.
 * It provides only what the pane uses: Office.onReady, Office.context.displayLanguage and
 * officeTheme, Office.context.requirements.isSetSupported, the enums, and for the ribbon's function
 * file Office.actions.associate and Office.context.ui.displayDialogAsync. Settings come from
 * window.__JIAOHE_E2E__ (set by the test before any page script runs); anything the stand-in
 * workbook host (test/host/fake-excel.ts) has already put on window.Office is kept.
 */
(function () {
  var cfg = window.__JIAOHE_E2E__ || {};
  var supported = cfg.supported || { ExcelApi: "1.12" };
  function versionAtLeast(have, want) {
    var a = String(have).split(".").map(Number);
    var b = String(want || "1.1").split(".").map(Number);
    for (var i = 0; i < Math.max(a.length, b.length); i++) {
      if ((a[i] || 0) !== (b[i] || 0)) return (a[i] || 0) > (b[i] || 0);
    }
    return true;
  }
  var existing = window.Office || {};
  var context = existing.context || {};
  context.displayLanguage = cfg.displayLanguage || context.displayLanguage || "zh-CN";
  context.officeTheme = context.officeTheme || { bodyBackgroundColor: cfg.bodyBackgroundColor || "#FFFFFF" };
  context.requirements = context.requirements || {
    isSetSupported: function (name, version) {
      return Object.prototype.hasOwnProperty.call(supported, name) && versionAtLeast(supported[name], version);
    },
  };
  var info = { host: "Excel", platform: "OfficeOnline" };
  var Office = existing;
  Office.context = context;
  Office.HostType = Office.HostType || { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook" };
  Office.PlatformType = Office.PlatformType || { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" };
  Office.AsyncResultStatus = Office.AsyncResultStatus || { Succeeded: "succeeded", Failed: "failed" };
  Office.EventType = Office.EventType || { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" };
  // The ribbon's function file binds its functions here; the test calls them as a button would.
  window.__associated = {};
  Office.actions = {
    associate: function (name, fn) {
      window.__associated[name] = fn;
    },
  };
  // A dialog that records its URL and is closed by its OK button shortly after it opens.
  window.__dialogs = [];
  context.ui = context.ui || {
    displayDialogAsync: function (url, options, callback) {
      var handlers = {};
      var record = { url: url, closed: false };
      window.__dialogs.push(record);
      var dialog = {
        addEventHandler: function (type, handler) {
          handlers[type] = handler;
        },
        close: function () {
          record.closed = true;
        },
      };
      callback({ status: "succeeded", value: dialog });
      setTimeout(function () {
        if (handlers.dialogMessageReceived) handlers.dialogMessageReceived({ message: "close" });
      }, 50);
    },
  };
  Office.onReady = function (callback) {
    return new Promise(function (resolve) {
      setTimeout(function () {
        if (callback) callback(info);
        resolve(info);
      }, 0);
    });
  };
  window.Office = Office;
  window.__officeStandIn = true;
})();
