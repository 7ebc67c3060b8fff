// preinstall: one line in Swedish when the Node running npm is older than the project supports
// (`engines`), and what happens then. Written for any old Node: no syntax newer than ES5.
'use strict';
var parts = process.versions.node.split('.').map(Number);
var major = parts[0];
var minor = parts[1];
var ok = (major === 22 && minor >= 19) || major === 24;
if (major < 22 || (major === 22 && minor < 19)) {
  console.error(
    'Node ' +
      process.version +
      ' är för gammal för webbplatsen (kräver 22.19 eller senare, eller 24): ' +
      'npm-skripten kör därför Node 24 från npm (.cache/node24, hämtas efter installationen).',
  );
} else if (!ok) {
  console.error(
    'Node ' +
      process.version +
      ' är inte testad (webbplatsen stöds på Node 22.19+ och 24); npm-skripten körs med den ändå.',
  );
}
