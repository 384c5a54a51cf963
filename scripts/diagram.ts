/** Write `grammar/diagram.html` (`npm run diagram`); a test fails when it is stale. */
import {writeFileSync} from 'node:fs'
import {diagramHtml} from '../grammar/diagram.js'

writeFileSync(new URL('../grammar/diagram.html', import.meta.url), diagramHtml())
console.log('wrote grammar/diagram.html')
