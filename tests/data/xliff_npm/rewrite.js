// Rewrite an l10n XLIFF export the way a tool built on the npm `xliff` package does: read it
// into the package's object model, edit targets there, write it back with the package.
//   node rewrite.js 1.2|2.0 IN.xlf OUT.xlf UNIT=TEXT...   (TEXT: `{name}` becomes the source's code)
const fs = require('fs')
const xliff = require('xliff')
const [, , version, input, output, ...edits] = process.argv
;(async () => {
  const read = version === '1.2' ? xliff.xliff12ToJs : xliff.xliff2js
  const write = version === '1.2' ? xliff.jsToXliff12 : xliff.js2xliff
  const js = await read(fs.readFileSync(input, 'utf8'))
  const units = Object.values(js.resources)[0]
  for (const edit of edits) {
    const [id, text] = edit.split(/=(.*)/s)
    const source = [].concat(units[id].source)
    const codes = Object.fromEntries(source.filter((p) => typeof p !== 'string').map((p) => [Object.values(p)[0].id, p]))
    const pieces = text.split(/(\{[A-Za-z0-9_]+\})/).filter((p) => p !== '')
    units[id].target = pieces.map((p) => codes[p.slice(1, -1)] || p)
  }
  fs.writeFileSync(output, await write(js))
})()
