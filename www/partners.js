// Fills this server's address into the copy-paste snippets of partners.html.
const base = new URL('./', location.href).href;
for (const code of document.querySelectorAll('code.snippet')) {
  code.textContent = code.textContent.replaceAll('{base}', base).replaceAll('{origin}', location.origin);
}
