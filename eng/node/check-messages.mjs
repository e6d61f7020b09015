// Reads a Cucumber messages file (ndjson) with Cucumber's own consumers and prints what they made of it:
//   node check-messages.mjs MESSAGES.ndjson[.gz] JUNIT_OUT.xml HTML_OUT.html
// @cucumber/junit-xml-formatter writes JUnit XML (one <testcase> per test case it could link to a pickle);
// @cucumber/html-formatter writes the standard HTML report. Exit 0 when both read every envelope, else 1.
import { createReadStream, createWriteStream, writeFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import { JUnitXmlPrinter } from '@cucumber/junit-xml-formatter'
import { CucumberHtmlStream } from '@cucumber/html-formatter'

const [messagesPath, junitPath, htmlPath] = process.argv.slice(2)
if (!messagesPath || !junitPath || !htmlPath) {
  console.error('usage: node check-messages.mjs MESSAGES.ndjson JUNIT_OUT.xml HTML_OUT.html')
  process.exit(2)
}

const envelopes = []
const raw = createReadStream(messagesPath)
const input = messagesPath.endsWith('.gz') ? raw.pipe(createGunzip()) : raw
input.setEncoding('utf8')
for await (const line of createInterface({ input, crlfDelay: Infinity })) {
  if (line.trim().length > 0) envelopes.push(JSON.parse(line))
}

let xml = ''
const printer = new JUnitXmlPrinter({}, (content) => { xml += content })
for (const envelope of envelopes) printer.update(envelope)
writeFileSync(junitPath, xml)

await pipeline(Readable.from(envelopes), new CucumberHtmlStream(), createWriteStream(htmlPath))
console.log(JSON.stringify({ envelopes: envelopes.length, junitBytes: xml.length }))
