const T = () => performance.now().toFixed(0);
console.log('start', T());
await import('zod'); console.log('zod', T());
await import('decimal.js'); console.log('decimal', T());
const { checkFile } = await import('./dist/check.js'); console.log('check.js', T());
const r = await checkFile('../shared/samples/changji-prefecture-2024.txt'); console.log('checked', T());
const r2 = await checkFile('../shared/samples/guangyuan-city-2024.txt'); console.log('checked 2nd', T());
const { renderText } = await import('./dist/report/text.js'); renderText([{ok:true,...r}],{color:false}); console.log('report', T());
