// Starts `attrlint server` for Markdown, HTML and plain text, and stops it with the editor.
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function options() {
  const settings = vscode.workspace.getConfiguration("attrlint");
  return {
    // A workspace's local plugins are its code: only a trusted workspace may run them.
    allowLocalPlugins: vscode.workspace.isTrusted && settings.get("allowLocalPlugins", false),
    language: settings.get("language", null),
    debounce: settings.get("debounce", 50),
  };
}

async function activate(context) {
  const command = vscode.workspace.getConfiguration("attrlint").get("path", "attrlint");
  client = new LanguageClient("attrlint", "attrlint", { command, args: ["server"] }, {
    documentSelector: [
      { scheme: "file", language: "markdown" },
      { scheme: "file", language: "html" },
      { scheme: "file", language: "plaintext" },
      { scheme: "untitled", language: "markdown" },
    ],
    initializationOptions: options(),
  });
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration("attrlint")) {
      client.sendNotification("workspace/didChangeConfiguration", { settings: { attrlint: options() } });
    }
  }));
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => {
    client.sendNotification("workspace/didChangeConfiguration", { settings: { attrlint: options() } });
  }));
  await client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
