<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "figures.ftl" as figures>
<@layout.page title=title root=root site=site active="overview">
<h1>${site.name}: is the platform run as a product?</h1>
<#if period?has_content>
<p class="lead">Period <strong>${period}</strong>: ${assessed} team<#if assessed != 1>s</#if> assessed<#if previousPeriod?has_content>; changes are against ${previousPeriod}</#if>.</p>

<section aria-labelledby="headlines">
<h2 id="headlines">Headline figures</h2>
<@figures.cards headlines/>
</section>

<section aria-labelledby="adoption">
<h2 id="adoption">Voluntary adoption of the platform's products</h2>
<p>Share of the teams assessed in ${period} that use each product because they chose to. Mandated use is shown beside it and never added to it.</p>
<@figures.adoptionTable adoption period root/>
</section>
</#if>

<#if campaigns?has_content>
<section aria-labelledby="campaigns">
<h2 id="campaigns">Campaigns in progress</h2>
<div class="scroll" role="region" tabindex="0" aria-labelledby="campaigns-table"><table>
<caption id="campaigns-table">Campaigns running in ${period}</caption>
<thead><tr><th scope="col">Campaign</th><th scope="col">Status</th><th scope="col">Meeting the goal</th><th scope="col">Expected by now</th><th scope="col">Deadline</th></tr></thead>
<tbody>
<#list campaigns as c><tr><th scope="row"><a href="${root}${c.href}">${c.name}</a></th><td><@layout.status c.status/></td><td class="num"><@layout.nodata c.share/></td><td class="num"><@layout.nodata c.expected/></td><td>${c.deadline}</td></tr></#list>
</tbody>
</table></div>
<p><a href="${root}campaigns.html">Every campaign</a></p>
</section>
</#if>

<section aria-labelledby="change">
<h2 id="change">The change over time</h2>
<p>How many teams stand at each overall level in each period. A team's overall level is its weakest dimension's.</p>
<@figures.distributionFigure distributionChart levels distribution/>
</section>

<#if exemptions>
<section aria-labelledby="exemptions">
<h2 id="exemptions">Exempt checks</h2>
<p>Checks that teams are excused from in ${period}, each with a reason and an approver in the team's own file. An exempt check is neither passed nor failed: it does not hold back a level and is left out of the progress.</p>
<#if exemptTeams?has_content>
<ul>
<#list exemptTeams as t><li><a href="${root}${t.href}">${t.name}</a>: ${t.checks} check<#if t.checks != 1>s</#if> exempt</li></#list>
</ul>
<#else>
<p>No check is exempt in ${period}.</p>
</#if>
<#if expiredExemptions gt 0><p>${expiredExemptions} exemption<#if expiredExemptions != 1>s have<#else> has</#if> expired; <#if expiredExemptions != 1>their checks count<#else>its checks count</#if> again. The team pages list them.</p></#if>
</section>
</#if>

<#if stale?has_content>
<section aria-labelledby="stale" class="callout">
<h2 id="stale">Stale scorecards</h2>
<p>These teams have not assessed themselves recently; their figures below are from their latest assessment.</p>
<ul>
<#list stale as t><li><a href="${root}${t.href}">${t.name}</a>: latest assessment ${t.latest}</li></#list>
</ul>
</section>
</#if>

<section aria-labelledby="teams">
<h2 id="teams">Teams and dimensions</h2>
<p>Each team's latest level per dimension; arrows compare with the team's own previous assessment. Teams are listed by name, not ranked.</p>
<div class="scroll" role="region" tabindex="0" aria-labelledby="teams-table">
<table class="matrix">
<caption id="teams-table">Latest level of each team per dimension</caption>
<thead><tr><th scope="col">Team</th><th scope="col">Period</th><th scope="col">Overall</th><#list dimensions as d><th scope="col"><a href="${root}${d.href}">${d.name}</a></th></#list></tr></thead>
<tbody>
<#list matrix as row>
<tr<#if row.stale> class="stale"</#if>><th scope="row"><a href="${root}${row.href}">${row.name}</a><#if row.tribe?has_content> <a class="tribe" href="${root}${row.tribeHref}"><span class="sr">Tribe </span>${row.tribe}</a></#if></th>
<td>${row.period}<#if row.stale> <span class="badge">stale</span></#if></td>
<td><@layout.level row.overall/> <@layout.trend row.overall/></td>
<#list row.cells as cell><td><@layout.level cell/> <@layout.trend cell/></td></#list>
</tr>
</#list>
</tbody>
</table>
</div>
</section>

<#if leaderboard && ranking?has_content>
<section aria-labelledby="ranking">
<h2 id="ranking">Leaderboard</h2>
<p>Teams assessed in ${period}, by score. Shown because organisation.yaml sets <code>leaderboard: true</code>.</p>
<ol>
<#list ranking as r><li><a href="${root}${r.href}">${r.name}</a>: ${r.score} (<@layout.level r.level/>)</li></#list>
</ol>
</section>
</#if>
</@layout.page>
