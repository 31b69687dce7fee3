// The inline stylesheet and script of the HTML audit: no network, no library, works from file://.

export const AUDIT_CSS = `
:root{--fg:#1d2330;--muted:#5b6475;--line:#d9dee7;--bg:#f6f7f9;--card:#fff;--fail:#b42318;--warn:#b54708;--pass:#067647;--accent:#2e5aac}
*{box-sizing:border-box}body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
header.page{background:#1d2330;color:#fff;padding:18px 28px}header.page h1{margin:0;font-size:20px}header.page p{margin:4px 0 0;color:#c8cfdb}
main{padding:20px 28px;max-width:1400px}
.banner{background:#fef3f2;border:2px solid var(--fail);color:var(--fail);padding:12px 16px;margin:16px 28px 0;font-weight:600;border-radius:6px}
section.repo{margin-bottom:36px}section.repo>h2{margin:8px 0 2px;font-size:18px}.meta{color:var(--muted);margin:0 0 12px}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:14px 16px;margin:12px 0}
.card h3{margin:0 0 10px;font-size:15px}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th{font-weight:600;background:#eef1f5;white-space:nowrap}td.nowrap,table.summary code{white-space:nowrap}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
th button{all:unset;cursor:pointer}th button:focus-visible{outline:2px solid var(--accent)}
th[aria-sort=ascending] button::after{content:" \\25B2"}th[aria-sort=descending] button::after{content:" \\25BC"}
.status{font-weight:700;text-transform:uppercase;font-size:12px}.status-fail{color:var(--fail)}.status-warn{color:var(--warn)}.status-pass{color:var(--pass)}.status-unknown{color:var(--muted)}
.sev{display:inline-block;padding:0 6px;border-radius:10px;font-size:12px;font-weight:600}
.sev-critical{background:#fee4e2;color:#912018}.sev-high{background:#fef0c7;color:#93370d}.sev-medium{background:#eaecf5;color:#363f72}.sev-low{background:#f2f4f7;color:#344054}
code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace}.paths code{display:block}
.tree{color:var(--fail);font-weight:600}.hist{color:var(--warn)}.accepted{font-weight:400;font-style:italic;color:var(--muted,#555)}
.live{color:var(--fail);font-weight:700;text-transform:uppercase}
.filters{display:flex;flex-wrap:wrap;gap:12px;align-items:center;margin-bottom:10px}.filters label{color:var(--muted)}
.count{color:var(--muted);margin-left:auto}
.checks li{margin:4px 0}.ok-true::marker{content:"\\2714  ";color:var(--pass)}.ok-false::marker{content:"\\2718  ";color:var(--fail)}.ok-null::marker{content:"?  ";color:var(--warn)}
svg text{font:11px system-ui,sans-serif;fill:var(--muted)}svg .bar{fill:var(--accent)}svg .bar:hover{fill:var(--fail)}
.empty{color:var(--muted);font-style:italic}
`;

/** Sorting (click a header) and filtering (selects and a checkbox pair) on the server-rendered rows. */
export const AUDIT_JS = `
(function(){
  function key(row, i){var c=row.cells[i];return c?(c.getAttribute('data-v')!==null?c.getAttribute('data-v'):c.textContent.trim()):'';}
  document.querySelectorAll('table.sortable').forEach(function(table){
    var heads=table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads,function(th,i){
      var b=th.querySelector('button');if(!b)return;
      b.addEventListener('click',function(){
        var asc=th.getAttribute('aria-sort')!=='ascending';
        Array.prototype.forEach.call(heads,function(h){h.removeAttribute('aria-sort');});
        th.setAttribute('aria-sort',asc?'ascending':'descending');
        var num=th.classList.contains('num');var body=table.tBodies[0];
        var rows=Array.prototype.slice.call(body.rows);
        rows.sort(function(a,b){var x=key(a,i),y=key(b,i);var d=num?(Number(x)-Number(y)):x.localeCompare(y);return asc?d:-d;});
        rows.forEach(function(r){body.appendChild(r);});
      });
    });
  });
  document.querySelectorAll('.findings-block').forEach(function(block){
    var form=block.querySelector('form.filters');var rows=block.querySelectorAll('tbody tr');var count=block.querySelector('.count');
    function apply(){
      var want={};form.querySelectorAll('select').forEach(function(s){want[s.name]=s.value;});
      var tree=form.querySelector('input[name=tree]').checked,hist=form.querySelector('input[name=history]').checked;
      var shown=0;
      rows.forEach(function(r){
        var ok=['policy','severity','detector'].every(function(k){return !want[k]||r.getAttribute('data-'+k)===want[k];});
        var where=r.getAttribute('data-where');ok=ok&&((where==='tree'&&tree)||(where==='history'&&hist));
        r.hidden=!ok;if(ok)shown++;
      });
      count.textContent='Showing '+shown+' of '+rows.length+' findings';
    }
    form.addEventListener('change',apply);form.addEventListener('submit',function(e){e.preventDefault();});apply();
  });
})();
`;
