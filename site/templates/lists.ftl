<#ftl output_format="HTML">
<#-- Lists that may run over several pages (see PagedList): each macro draws one page of its list,
     with where the page stands in the whole list and a link to each of its other pages. The first
     page sits in its own page (a dimension's, a product's); list.ftl draws the others. -->
<#import "layout.ftl" as layout>

<#macro pager list root>
<#if list.pages?size gt 1>
<nav class="pager" aria-label="${msg("pager.label", list.noun)}">
<p>${msg("pager.parts", list.noun?cap_first, list.from, list.to, list.total, list.pages?size)}</p>
<ul><#list list.pages as p><li><a href="${root}${p.href}"<#if p.current> aria-current="page"</#if>>${p.label}</a></li></#list></ul>
</nav>
</#if>
</#macro>

<#macro next list root>
<#if list.next?is_hash><p class="pager-next"><a href="${root}${list.next.href}">${msg("pager.next", list.noun, list.next.from, list.next.to, list.total)}</a></p></#if>
</#macro>

<#macro teamTable rows id caption root>
<div class="scroll" role="region" tabindex="0" aria-labelledby="${id}"><table>
<caption id="${id}">${caption}</caption>
<thead><tr><th scope="col">${msg("column.team")}</th><th scope="col">${msg("lists.teams.latest")}</th><th scope="col">${msg("lists.teams.overall-level")}</th><th scope="col">${msg("column.score")}</th></tr></thead>
<tbody>
<#list rows as t>
<tr<#if t.stale> class="stale"</#if>><th scope="row"><a href="${root}${t.href}">${t.name}</a></th><td class="period">${t.period}<#if t.stale> <span class="badge">${msg("badge.stale")}</span></#if></td><td><@layout.level t.level/></td><td class="num">${t.score}</td></tr>
</#list>
</tbody>
</table></div>
</#macro>

<#-- Every team by name, with its latest level per dimension. -->
<#macro names list root>
<@pager list root/>
<div class="scroll" role="region" tabindex="0" aria-labelledby="teams-table">
<table class="matrix">
<caption id="teams-table">${msg("lists.names.caption")}<#if list.pages?size gt 1>, ${msg("lists.names.part", list.from, list.to, list.total)}</#if></caption>
<thead><tr><th scope="col">${msg("column.team")}</th><th scope="col">${msg("column.period")}</th><th scope="col">${msg("column.overall")}</th><#list list.dimensions as d><th scope="col"><a href="${root}${d.href}">${d.name}</a></th></#list></tr></thead>
<tbody>
<#list list.rows as row>
<tr<#if row.stale> class="stale"</#if>><th scope="row"><a href="${root}${row.href}">${row.name}</a><#if row.tribe?has_content> <a class="tribe" href="${root}${row.tribeHref}"><span class="sr">${msg("lists.names.tribe")} </span>${row.tribe}</a></#if></th>
<td>${row.period}<#if row.stale> <span class="badge">${msg("badge.stale")}</span></#if></td>
<td><@layout.level row.overall/> <@layout.trend row.overall/></td>
<#list row.cells as cell><td><@layout.level cell/> <@layout.trend cell/></td></#list>
</tr>
</#list>
</tbody>
</table>
</div>
<@next list root/>
</#macro>

<#-- Every team grouped by tribe; a tribe may begin on one page and continue on the next. -->
<#macro byTribe list root>
<@pager list root/>
<#list list.rows as g>
<section aria-labelledby="group-${g?index}">
<h2 id="group-${g?index}"><#if g.href?has_content><a href="${root}${g.href}">${g.name}</a><#else>${g.name}</#if><#if g.continued> (${msg("lists.by-tribe.continued")})</#if></h2>
<@teamTable g.teams "group-${g?index}-table" msg("lists.by-tribe.caption", g.name) root/>
</section>
</#list>
<@next list root/>
</#macro>

<#-- Teams with their latest assessment, level and score (a tribe's, the stale ones). -->
<#macro teams list root>
<@pager list root/>
<@teamTable list.rows "teams-table" list.caption!msg("lists.teams.caption") root/>
<@next list root/>
</#macro>

<#macro exempt list root>
<@pager list root/>
<ul>
<#list list.rows as t><li><a href="${root}${t.href}">${t.name}</a>: ${msg("exempt.checks", t.checks)}</li></#list>
</ul>
<@next list root/>
</#macro>

<#macro ranking list root>
<@pager list root/>
<ol start="${list.from}">
<#list list.rows as r><li><a href="${root}${r.href}">${r.name}</a>: ${r.score} (<@layout.level r.level/>)</li></#list>
</ol>
<@next list root/>
</#macro>

<#macro teamLinks list root>
<@pager list root/>
<ul>
<#list list.rows as t><li><a href="${root}${t.href}">${t.name}</a></li></#list>
</ul>
<@next list root/>
</#macro>

<#-- A dimension's teams: their latest level in it and the share of its checks they pass. -->
<#macro dimensionTeams list root>
<@pager list root/>
<div class="scroll" role="region" tabindex="0" aria-labelledby="teams-table"><table>
<caption id="teams-table">${list.caption}</caption>
<thead><tr><th scope="col">${msg("column.team")}</th><th scope="col">${msg("column.period")}</th><th scope="col">${msg("column.level")}</th><th scope="col">${msg("column.checks-passing")}</th></tr></thead>
<tbody>
<#list list.rows as t><tr<#if t.stale> class="stale"</#if>><th scope="row"><a href="${root}${t.href}">${t.name}</a></th><td class="period">${t.period}<#if t.stale> <span class="badge">${msg("badge.stale")}</span></#if></td><td><@layout.level t.level/></td><td class="num">${t.progress}<#if t.exempt gt 0> <a class="exempt-count" href="${root}${t.href}#exemptions">(${msg("exempt.count", t.exempt)})</a></#if></td></tr></#list>
</tbody>
</table></div>
<@next list root/>
</#macro>

<#macro productUsers list root>
<@pager list root/>
<div class="scroll" role="region" tabindex="0" aria-labelledby="users-table"><table>
<caption id="users-table">${list.caption}</caption>
<thead><tr><th scope="col">${msg("column.team")}</th><th scope="col">${msg("column.adoption")}</th><th scope="col">${msg("column.rating")}</th></tr></thead>
<tbody>
<#list list.rows as u><tr><th scope="row"><a href="${root}${u.href}">${u.name}</a></th><td><#if u.mandated>${msg("value.mandated")}<#else>${msg("value.voluntary")}</#if></td><td><@layout.nodata u.rating/></td></tr></#list>
</tbody>
</table></div>
<@next list root/>
</#macro>

<#-- The teams not meeting a campaign's goal, each with what it still lacks. -->
<#macro standings list root>
<@pager list root/>
<ul class="standings">
<#list list.rows as s><li><a href="${root}${s.team.href}">${s.team.name}</a><#if s.lacks?has_content>: ${msg("campaign.needs")}<ul><#list s.lacks as m><li>${m.text}<#if m.advice?has_content><div class="advice">${m.advice?no_esc}</div></#if></li></#list></ul></#if></li></#list>
</ul>
<@next list root/>
</#macro>

<#-- Needs, the most shared first, each with the first of its teams and a page for all of them. -->
<#macro needs list root>
<@pager list root/>
<div class="scroll" role="region" tabindex="0" aria-labelledby="needs-table"><table>
<caption id="needs-table">${list.caption}</caption>
<thead><tr><th scope="col">${msg("lists.needs.need")}</th><th scope="col">${msg("column.teams")}</th><th scope="col">${msg("lists.needs.which")}</th></tr></thead>
<tbody>
<#list list.rows as n>
<tr><th scope="row">${n.text}</th><td class="num">${n.count}</td><td><#list n.teams as t><a href="${root}${t.href}">${t.name}</a><#sep>, </#list><#if n.more?is_hash> ${msg("lists.needs.and")} <a href="${root}${n.more.href}">${msg("lists.needs.more", n.more.count)}</a></#if></td></tr>
</#list>
</tbody>
</table></div>
<@next list root/>
</#macro>

<#-- Tribes side by side in the current period. -->
<#macro tribes list root>
<@pager list root/>
<div class="scroll" role="region" tabindex="0" aria-labelledby="tribes-table"><table>
<caption id="tribes-table">${list.caption}</caption>
<thead><tr><th scope="col">${msg("lists.tribes.tribe")}</th><th scope="col">${msg("column.teams")}</th><th scope="col"><#if list.period?has_content>${msg("lists.tribes.assessed-in", list.period)}<#else>${msg("lists.tribes.assessed")}</#if></th><th scope="col">${msg("lists.tribes.coverage")}</th><th scope="col">${msg("lists.tribes.csat")}</th><th scope="col">${msg("lists.tribes.nps")}</th><th scope="col">${msg("lists.tribes.stale")}</th></tr></thead>
<tbody>
<#list list.rows as t>
<tr><th scope="row"><a href="${root}${t.href}">${t.name}</a></th><td class="num">${t.teams}</td><td class="num">${t.assessed}</td><td class="num"><@layout.nodata t.coverage/></td><td class="num"><@layout.nodata t.csat/></td><td class="num"><@layout.nodata t.nps/></td><td class="num">${t.stale}</td></tr>
</#list>
</tbody>
</table></div>
<@next list root/>
</#macro>

<#-- Why an assessment asks for a second look, each reason in full. -->
<#macro reasons reasons>
<ul class="reasons">
<#list reasons as r>
<#if r.kind == "disagrees-with-measured">
<#local metric><span class="metric">${r.metric}</span></#local>
<#local selfReported><span class="self-reported">${r.selfReported}</span></#local>
<#local measured><span class="measured">${r.measured}</span></#local>
<#local source><span class="source">${r.source}</span></#local>
<li class="reason disagrees" data-metric="${r.metricId}"><span class="reason-kind">${msg("reasons.disagrees")}</span> ${msg("reasons.disagrees.detail", metric, r.dimension, selfReported, measured, source)}<#if r.observedAt?has_content> ${msg("reasons.disagrees.on")} <time class="observed-at" datetime="${r.observedAt}">${r.observedAt}</time></#if><#if r.evidenceHref?has_content>; ${msg("reasons.disagrees.evidence")} <a class="evidence" href="${r.evidenceHref}" rel="nofollow noreferrer">${r.evidence}</a><#elseif r.evidence?has_content>; ${msg("reasons.disagrees.evidence")} <span class="evidence">${r.evidence}</span></#if></li>
<#else>
<#local from><span class="from"><@layout.level r.from/></span></#local>
<#local to><span class="to"><@layout.level r.to/></span></#local>
<li class="reason level-jump"><span class="reason-kind">${msg("reasons.jump")}</span>: ${msg("reasons.jump.from", from)}<#if r.fromPeriod?has_content> ${msg("reasons.jump.in")} <span class="period">${r.fromPeriod}</span></#if> ${msg("reasons.jump.to", r.levels, to, r.threshold)}</li>
</#if>
</#list>
</ul>
</#macro>

<#-- The assessments flagged for a second look, by team name. -->
<#macro secondLook list root>
<@pager list root/>
<ul class="flagged">
<#list list.rows as f><li><a class="team" href="${root}${f.href}">${f.name}</a> (${msg("lists.second-look.level")} <@layout.level f.level/>)<@reasons f.reasons/></li></#list>
</ul>
<@next list root/>
</#macro>
