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
<#if exemptCount gt exemptTeams?size><p><a href="${root}${exemptHref}">All ${exemptCount} teams with exempt checks</a></p></#if>
<#else>
<p>No check is exempt in ${period}.</p>
</#if>
<#if expiredExemptions gt 0><p>${expiredExemptions} exemption<#if expiredExemptions != 1>s have<#else> has</#if> expired; <#if expiredExemptions != 1>their checks count<#else>its checks count</#if> again. The team pages list them.</p></#if>
</section>
</#if>

<#if secondLook>
<section aria-labelledby="second-look">
<h2 id="second-look">A second look</h2>
<p>Assessments of ${period} that ask for a second look: a self-report that disagrees with what a system measured, or an overall level at least ${levelJump} level<#if levelJump != 1>s</#if> above the team's previous self-reported one. A flag changes no score.</p>
<#if flagged?has_content>
<ul class="flagged-short">
<#list flagged as f><li><a href="${root}${f.href}">${f.name}</a>: ${f.summary}</li></#list>
</ul>
<p><a href="${root}${secondLookHref}">Every flagged assessment of ${period}, each reason in full (${flaggedCount})</a></p>
<#else>
<p>No assessment of ${period} is flagged.</p>
</#if>
</section>

</#if>
<#if stale?has_content>
<section aria-labelledby="stale" class="callout">
<h2 id="stale">Stale scorecards</h2>
<p>These teams have not assessed themselves recently; their figures are from their latest assessment.</p>
<ul>
<#list stale as t><li><a href="${root}${t.href}">${t.name}</a>: latest assessment <span class="period">${t.latest}</span></li></#list>
</ul>
<#if staleCount gt stale?size><p>The longest silent ${stale?size} of ${staleCount}: <a href="${root}${staleHref}">every stale team</a>.</p></#if>
</section>
</#if>

<section aria-labelledby="dimensions">
<h2 id="dimensions">Teams and dimensions</h2>
<p>How many teams stand at each level, overall and in each dimension, in their latest assessment (stale ones included). Each dimension's page lists its teams.</p>
<div class="scroll" role="region" tabindex="0" aria-labelledby="dimensions-table"><table>
<caption id="dimensions-table">Teams per level of each dimension, latest assessments</caption>
<thead><tr><th scope="col">Dimension</th><#list levels as l><th scope="col"><@layout.level l/></th></#list></tr></thead>
<tbody>
<#list dimensionLevels as d><tr><th scope="row"><#if d.href?has_content><a href="${root}${d.href}">${d.name}</a><#else>${d.name}</#if></th><#list d.counts as c><td class="num">${c}</td></#list></tr></#list>
</tbody>
</table></div>
</section>

<section aria-labelledby="teams">
<h2 id="teams">Find a team</h2>
<p>Every team's page has its levels, its checks, its history and its next steps. The index lists ${directory.teams} team<#if directory.teams != 1>s</#if><#if directory.byName?size gt 1>, in parts</#if>; each team's level per dimension is beside its name.</p>
<h3 id="by-name">By name</h3>
<ul class="directory">
<#if directory.byName?size == 1><li><a href="${root}${directory.byName[0].href}">All ${directory.teams} team<#if directory.teams != 1>s</#if> by name</a></li><#else><#list directory.byName as p><li><a href="${root}${p.href}">${p.label}</a></li></#list></#if>
</ul>
<h3 id="by-tribe">By tribe</h3>
<ul class="directory">
<#if directory.byTribe?size == 1><li><a href="${root}${directory.byTribe[0].href}">All ${directory.teams} team<#if directory.teams != 1>s</#if> by tribe</a></li><#else><#list directory.byTribe as p><li><a href="${root}${p.href}">${p.label}</a></li></#list></#if>
</ul>
<p><a href="${root}tribes/index.html">The ${directory.tribes} tribe<#if directory.tribes != 1>s</#if> side by side</a></p>
</section>

<#if leaderboard && ranking?has_content>
<section aria-labelledby="ranking">
<h2 id="ranking">Leaderboard</h2>
<p>Teams assessed in ${period}, by score. Shown because organisation.yaml sets <code>leaderboard: true</code>.</p>
<ol>
<#list ranking as r><li><a href="${root}${r.href}">${r.name}</a>: ${r.score} (<@layout.level r.level/>)</li></#list>
</ol>
<#if rankingCount gt ranking?size><p>The first ${ranking?size} of ${rankingCount}: <a href="${root}${rankingHref}">the whole leaderboard</a>.</p></#if>
</section>
</#if>
</@layout.page>
