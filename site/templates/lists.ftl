<#ftl output_format="HTML">
<#-- Lists that may run over several pages (see PagedList): each macro draws one page of its list,
     with where the page stands in the whole list and a link to each of its other pages. The first
     page sits in its own page (a dimension's, a product's); list.ftl draws the others. -->
<#import "layout.ftl" as layout>

<#macro pager list root>
<#if list.pages?size gt 1>
<nav class="pager" aria-label="Parts of the list of ${list.noun}">
<p>${list.noun?cap_first} ${list.from} to ${list.to} of ${list.total}, in ${list.pages?size} parts:</p>
<ul><#list list.pages as p><li><a href="${root}${p.href}"<#if p.current> aria-current="page"</#if>>${p.label}</a></li></#list></ul>
</nav>
</#if>
</#macro>

<#macro next list root>
<#if list.next?is_hash><p class="pager-next"><a href="${root}${list.next.href}">Next: ${list.noun} ${list.next.from} to ${list.next.to} of ${list.total}</a></p></#if>
</#macro>

<#macro teamTable rows id caption root>
<div class="scroll" role="region" tabindex="0" aria-labelledby="${id}"><table>
<caption id="${id}">${caption}</caption>
<thead><tr><th scope="col">Team</th><th scope="col">Latest assessment</th><th scope="col">Overall level</th><th scope="col">Score</th></tr></thead>
<tbody>
<#list rows as t>
<tr<#if t.stale> class="stale"</#if>><th scope="row"><a href="${root}${t.href}">${t.name}</a></th><td class="period">${t.period}<#if t.stale> <span class="badge">stale</span></#if></td><td><@layout.level t.level/></td><td class="num">${t.score}</td></tr>
</#list>
</tbody>
</table></div>
</#macro>

<#-- Every team by name, with its latest level per dimension. -->
<#macro names list root>
<@pager list root/>
<div class="scroll" role="region" tabindex="0" aria-labelledby="teams-table">
<table class="matrix">
<caption id="teams-table">Latest level of each team per dimension<#if list.pages?size gt 1>, teams ${list.from} to ${list.to} of ${list.total}</#if></caption>
<thead><tr><th scope="col">Team</th><th scope="col">Period</th><th scope="col">Overall</th><#list list.dimensions as d><th scope="col"><a href="${root}${d.href}">${d.name}</a></th></#list></tr></thead>
<tbody>
<#list list.rows as row>
<tr<#if row.stale> class="stale"</#if>><th scope="row"><a href="${root}${row.href}">${row.name}</a><#if row.tribe?has_content> <a class="tribe" href="${root}${row.tribeHref}"><span class="sr">Tribe </span>${row.tribe}</a></#if></th>
<td>${row.period}<#if row.stale> <span class="badge">stale</span></#if></td>
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
<h2 id="group-${g?index}"><#if g.href?has_content><a href="${root}${g.href}">${g.name}</a><#else>${g.name}</#if><#if g.continued> (continued)</#if></h2>
<@teamTable g.teams "group-${g?index}-table" "Teams of ${g.name}" root/>
</section>
</#list>
<@next list root/>
</#macro>

<#-- Teams with their latest assessment, level and score (a tribe's, the stale ones). -->
<#macro teams list root>
<@pager list root/>
<@teamTable list.rows "teams-table" list.caption!"Teams" root/>
<@next list root/>
</#macro>

<#macro exempt list root>
<@pager list root/>
<ul>
<#list list.rows as t><li><a href="${root}${t.href}">${t.name}</a>: ${t.checks} check<#if t.checks != 1>s</#if> exempt</li></#list>
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
<thead><tr><th scope="col">Team</th><th scope="col">Period</th><th scope="col">Level</th><th scope="col">Checks passing</th></tr></thead>
<tbody>
<#list list.rows as t><tr<#if t.stale> class="stale"</#if>><th scope="row"><a href="${root}${t.href}">${t.name}</a></th><td class="period">${t.period}<#if t.stale> <span class="badge">stale</span></#if></td><td><@layout.level t.level/></td><td class="num">${t.progress}%<#if t.exempt gt 0> <a class="exempt-count" href="${root}${t.href}#exemptions">(${t.exempt} exempt)</a></#if></td></tr></#list>
</tbody>
</table></div>
<@next list root/>
</#macro>

<#macro productUsers list root>
<@pager list root/>
<div class="scroll" role="region" tabindex="0" aria-labelledby="users-table"><table>
<caption id="users-table">${list.caption}</caption>
<thead><tr><th scope="col">Team</th><th scope="col">Adoption</th><th scope="col">Rating</th></tr></thead>
<tbody>
<#list list.rows as u><tr><th scope="row"><a href="${root}${u.href}">${u.name}</a></th><td><#if u.mandated>mandated<#else>voluntary</#if></td><td><@layout.nodata u.rating/></td></tr></#list>
</tbody>
</table></div>
<@next list root/>
</#macro>

<#-- The teams not meeting a campaign's goal, each with what it still lacks. -->
<#macro standings list root>
<@pager list root/>
<ul class="standings">
<#list list.rows as s><li><a href="${root}${s.team.href}">${s.team.name}</a><#if s.lacks?has_content>: needs<ul><#list s.lacks as m><li>${m.text}<#if m.advice?has_content><div class="advice">${m.advice?no_esc}</div></#if></li></#list></ul></#if></li></#list>
</ul>
<@next list root/>
</#macro>

<#-- Needs, the most shared first, each with the first of its teams and a page for all of them. -->
<#macro needs list root>
<@pager list root/>
<div class="scroll" role="region" tabindex="0" aria-labelledby="needs-table"><table>
<caption id="needs-table">${list.caption}</caption>
<thead><tr><th scope="col">Need</th><th scope="col">Teams</th><th scope="col">Which teams</th></tr></thead>
<tbody>
<#list list.rows as n>
<tr><th scope="row">${n.text}</th><td class="num">${n.count}</td><td><#list n.teams as t><a href="${root}${t.href}">${t.name}</a><#sep>, </#list><#if n.more?is_hash> and <a href="${root}${n.more.href}">${n.more.count} more</a></#if></td></tr>
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
<thead><tr><th scope="col">Tribe</th><th scope="col">Teams</th><th scope="col">Assessed<#if list.period?has_content> in ${list.period}</#if></th><th scope="col">DevOps-buddy coverage</th><th scope="col">CSAT</th><th scope="col">NPS</th><th scope="col">Stale teams</th></tr></thead>
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
<li class="reason disagrees" data-metric="${r.metricId}"><span class="reason-kind">Self-report disagrees with a measurement</span> of <span class="metric">${r.metric}</span> (${r.dimension}): self-reported <span class="self-reported">${r.selfReported}</span>, measured <span class="measured">${r.measured}</span> by <span class="source">${r.source}</span><#if r.observedAt?has_content> on <time class="observed-at" datetime="${r.observedAt}">${r.observedAt}</time></#if><#if r.evidenceHref?has_content>; evidence: <a class="evidence" href="${r.evidenceHref}" rel="nofollow noreferrer">${r.evidence}</a><#elseif r.evidence?has_content>; evidence: <span class="evidence">${r.evidence}</span></#if></li>
<#else>
<li class="reason level-jump"><span class="reason-kind">Jump of levels</span>: from <span class="from"><@layout.level r.from/></span><#if r.fromPeriod?has_content> in <span class="period">${r.fromPeriod}</span></#if> to <span class="to"><@layout.level r.to/></span>, ${r.levels} level<#if r.levels != 1>s</#if> at once (a second look is asked from ${r.threshold})</li>
</#if>
</#list>
</ul>
</#macro>

<#-- The assessments flagged for a second look, by team name. -->
<#macro secondLook list root>
<@pager list root/>
<ul class="flagged">
<#list list.rows as f><li><a class="team" href="${root}${f.href}">${f.name}</a> (overall level <@layout.level f.level/>)<@reasons f.reasons/></li></#list>
</ul>
<@next list root/>
</#macro>
