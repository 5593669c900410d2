// The desk's one stylesheet, served by the app (no build step). Colours keep a 4.5:1 contrast on white.
export const DESK_CSS = `
:root{--ink:#1d1d1f;--muted:#555;--line:#d0d0d6;--accent:#0b57d0;--bg:#fff;--soft:#f4f5f8;
--new:#fff3bf;--in_review:#d0ebff;--resolved:#d3f9d8;--dismissed:#e9ecef;--warn:#9c1c1c}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
header{display:flex;gap:1rem;align-items:center;flex-wrap:wrap;padding:.5rem 1rem;border-bottom:1px solid var(--line);background:var(--soft)}
header nav{display:flex;gap:1rem;flex:1}
header .who{color:var(--muted);font-size:.9rem}
main{max-width:72rem;margin:0 auto;padding:1rem}
a{color:var(--accent)}
h1{font-size:1.5rem;margin:.5rem 0 1rem}h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:.4rem .5rem;border-bottom:1px solid var(--line)}
th{font-size:.85rem;color:var(--muted)}
form.inline{display:inline}
form.filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:end;margin-bottom:1rem}
form.stack{display:grid;gap:.6rem;max-width:40rem}
label{display:flex;flex-direction:column;font-size:.9rem;gap:.2rem}
label.check{flex-direction:row;align-items:center;gap:.4rem}
input,select,textarea,button{font:inherit;padding:.35rem .5rem;border:1px solid #8a8a95;border-radius:4px;background:#fff;color:var(--ink)}
textarea{min-height:6rem}
button{background:var(--accent);color:#fff;border-color:var(--accent);cursor:pointer}
button.quiet{background:#fff;color:var(--accent)}
.badge{display:inline-block;font-size:.8rem;padding:0 .4rem;border-radius:3px;border:1px solid currentColor;margin-right:.25rem;white-space:nowrap}
.badge.conflict{color:var(--warn)}.badge.checked{color:#0a5c2c}
.status-new{background:var(--new)}.status-in_review{background:var(--in_review)}
.status-resolved{background:var(--resolved)}.status-dismissed{background:var(--dismissed)}
.article{white-space:pre-wrap;line-height:1.7;max-width:48rem}
.article mark{color:inherit;padding:0 .1rem;border-radius:2px}
.article mark a{color:inherit;text-decoration:none}
.article .furniture{color:var(--muted);text-decoration:line-through}
.notice{padding:.6rem .8rem;border-left:4px solid var(--accent);background:var(--soft);margin:1rem 0}
.notice.error{border-color:var(--warn)}
.muted{color:var(--muted)}
.nowrap{white-space:nowrap}
pre{background:var(--soft);padding:.8rem;overflow:auto;font-size:.85rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem}dt{color:var(--muted)}dd{margin:0}
.pager{margin-top:1rem}
`;
