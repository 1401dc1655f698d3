<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "propose-change.ftl" as proposeChange>
<#import "lists.ftl" as lists>
<@layout.page title=title root=root site=site>
<h1>${team.name}</h1>
<p class="lead">
<#if team.tribe?has_content><a href="${root}${team.tribeHref}">${msg("team.tribe", team.tribe)}</a> · </#if>${msg("team.latest", period)} · ${msg("team.overall-level")} <@layout.level level/> · ${msg("team.score", score)}
</p>
<#if team.stale><p class="callout">${msg("team.stale", period)}</p></#if>
<dl class="facts">
<#if team.productOwner?has_content><dt>${msg("team.product-owner")}</dt><dd>${team.productOwner}</dd></#if>
<#if team.devopsBuddy?has_content><dt>${msg("team.devops-buddy")}</dt><dd>${team.devopsBuddy}</dd></#if>
<#if team.size?has_content><dt>${msg("team.size")}</dt><dd>${team.size}</dd></#if>
</dl>
<@proposeChange.link editHref "team"/>

<#if flags?has_content>
<section aria-labelledby="second-look" class="callout">
<h2 id="second-look">${msg("second-look.heading")}</h2>
<p>${msg("team.second-look", period)}<#if flagsHref?has_content> <a href="${root}${flagsHref}">${msg("team.second-look.all", period)}</a>.</#if></p>
<@lists.reasons flags/>
</section>

</#if>
<section aria-labelledby="next">
<h2 id="next">${msg("team.next")}</h2>
<#if nextLevel?is_hash>
<#if nextSteps?has_content>
<#assign nextLevelMarkup><@layout.level nextLevel/></#assign>
<p>${msg("team.next.reach", nextLevelMarkup)}</p>
<#list nextSteps as group>
<h3>${group.dimension}</h3>
<ul class="steps">
<#list group.checks as c><li>${c.metric}: ${msg("team.next.wanted", c.wanted)}, ${msg("team.next.found")} <@layout.nodata c.actual/><#if c.advice?has_content><div class="advice">${c.advice?no_esc}</div></#if></li></#list>
</ul>
</#list>
</#if>
<#else>
<p>${msg("team.next.highest", team.name)}</p>
</#if>
</section>

<#if campaigns?has_content>
<section aria-labelledby="campaigns">
<h2 id="campaigns">${msg("team.campaigns")}</h2>
<ul class="standings">
<#list campaigns as c><li><a href="${root}${c.href}">${c.name}</a> (<@layout.status c.status/>, ${msg("campaign.goal", c.target, c.scope, c.deadline)}): <#if c.meets><span class="pass">✔ ${msg("team.campaigns.meets", team.name)}</span><#else><span class="fail">✘ ${msg("team.campaigns.not-yet")}</span>, ${msg("campaign.needs")}<ul><#list c.lacks as m><li>${m.text}<#if m.advice?has_content><div class="advice">${m.advice?no_esc}</div></#if></li></#list></ul></#if></li></#list>
</ul>
</section>
</#if>

<section aria-labelledby="dimensions">
<h2 id="dimensions">${msg("team.dimensions")}</h2>
<div class="scroll" role="region" tabindex="0" aria-labelledby="dimensions-table"><table>
<caption id="dimensions-table">${msg("team.dimensions.caption", period)}</caption>
<thead><tr><th scope="col">${msg("column.dimension")}</th><th scope="col">${msg("column.level")}</th><th scope="col">${msg("column.checks-passing")}</th></tr></thead>
<tbody>
<#list dimensions as d><tr><th scope="row"><a href="${root}${d.href}">${d.name}</a></th><td><@layout.level d.level/></td><td class="num">${d.progressShare}<#if d.exempt gt 0> <span class="exempt-count">(${msg("exempt.count", d.exempt)})</span></#if></td></tr></#list>
</tbody>
</table></div>
<#list dimensions as d>
<details<#if d.progress != "100.0" || d.exempt gt 0> open</#if>>
<summary><h3>${d.name}: <@layout.level d.level/> <span class="progress">(${msg("team.checks.pass", d.progress)}<#if d.exempt gt 0>; ${msg("team.checks.exempt", d.exempt)}</#if>)</span></h3></summary>
<#if d.checks?has_content>
<div class="scroll" role="region" tabindex="0" aria-labelledby="checks-${d?index}-table"><table class="checks">
<caption id="checks-${d?index}-table">${msg("team.checks.caption", d.name, period)}</caption>
<thead><tr><th scope="col" rowspan="2">${msg("column.metric")}</th><th scope="col" rowspan="2">${msg("team.checks.found")}</th><th scope="col" colspan="${d.checkLevels?size}">${msg("column.level")}: ${msg("team.checks.wanted")}, ${msg("team.checks.result")}</th></tr>
<tr><#list d.checkLevels as l><th scope="col"><@layout.level l/></th></#list></tr></thead>
<tbody>
<#list d.checkRows as r>
<tr data-metric="${r.metricId}"><th scope="row">${r.metric}</th><td><@layout.nodata r.actual/></td><#list r.cells as cell><td<#if cell?filter(c -> c.exempt)?has_content> class="exempt"</#if>><#list cell as c>${c.wanted} <#if c.exempt><span class="exempt-mark">⊘ ${msg("team.checks.exempt-mark")}</span> <span class="exemption"><span class="reason">${c.exemption.reason?cap_first}</span> ${msg("team.checks.until")} <span class="until">${c.exemption.until}</span>, ${msg("team.checks.approved-by")} <span class="approver">${c.exemption.approvedBy}</span>: <span class="justification">${c.exemption.justification}</span></span><#elseif c.withheld><span class="withheld-mark">⊘ ${msg("value.withheld")}</span> <span class="withholding">${msg("team.checks.not-counted", satisfaction.reason)}</span><#elseif c.passed><span class="pass">✔ ${msg("team.checks.passed")}</span><#else><span class="fail">✘ ${msg("team.checks.failed")}</span></#if><#sep><br></#list></td></#list></tr>
</#list>
</tbody>
</table></div>
<#else>
<p>${msg("team.checks.none")}</p>
</#if>
</details>
</#list>
</section>

<section aria-labelledby="satisfaction">
<h2 id="satisfaction">${msg("team.satisfaction", period)}</h2>
<#if satisfaction.given>
<p class="satisfaction-source" data-source="${satisfaction.source}">${msg("team.satisfaction.source", satisfaction.sourceText)}</p>
<dl class="facts satisfaction">
<dt>${msg("team.satisfaction.responses")}</dt><dd data-metric="responses"><@layout.nodata satisfaction.responses/></dd>
<dt>${msg("team.satisfaction.csat")}</dt><dd data-metric="csat"><@layout.nodata satisfaction.csat/></dd>
<dt>${msg("team.satisfaction.nps")}</dt><dd data-metric="nps"><@layout.nodata satisfaction.nps/></dd>
<dt>${msg("team.satisfaction.complexity-reduced")}</dt><dd data-metric="complexity-reduced"><@layout.nodata satisfaction.complexityReduced/></dd>
</dl>
<#if satisfaction.withheld?has_content>
<p class="withheld-note">${msg("team.satisfaction.withheld")} <#list satisfaction.withheld as w>${w}<#sep>, </#list>. ${msg("team.satisfaction.withheld-why", satisfaction.reason)}</p>
</#if>
<#else>
<p class="no-data">${msg("value.no-data")}</p>
</#if>
</section>

<#if exemptions?has_content>
<section aria-labelledby="exemptions">
<h2 id="exemptions">${msg("team.exemptions")}</h2>
<p>${msg("team.exemptions.intro")}</p>
<div class="scroll" role="region" tabindex="0" aria-labelledby="exemptions-table"><table class="exemptions">
<caption id="exemptions-table">${msg("team.exemptions.caption", team.name, currentPeriod)}</caption>
<thead><tr><th scope="col">${msg("team.exemptions.check")}</th><th scope="col">${msg("team.exemptions.reason")}</th><th scope="col">${msg("team.exemptions.justification")}</th><th scope="col">${msg("team.exemptions.approved-by")}</th><th scope="col">${msg("team.exemptions.periods")}</th><th scope="col">${msg("team.exemptions.status")}</th></tr></thead>
<tbody>
<#list exemptions as e>
<tr class="exemption-${e.status}" data-metric="${e.metricId}"><th scope="row"><a href="${root}${e.dimensionHref}">${e.dimension}</a>: ${e.metric}, <#if e.level?is_hash>${msg("team.exemptions.at")} <@layout.level e.level/><#else>${msg("team.exemptions.every-level")}</#if></th><td class="reason">${e.reason}</td><td class="justification">${e.justification}</td><td class="approver">${e.approvedBy}</td><td class="periods"><#if e.from?has_content>${msg("team.exemptions.from-to", e.from, e.until)}<#else>${msg("team.exemptions.until", e.until)}</#if></td><td class="status"><span class="exemption-status ${e.status}">${e.statusText}</span></td></tr>
</#list>
</tbody>
</table></div>
</section>
</#if>

<section aria-labelledby="history">
<h2 id="history">${msg("team.history")}</h2>
<figure>
${chart?no_esc}
<figcaption>
<@layout.periodTable "history-table" msg("team.history.caption") history; part, h>
<#if part == "head"><tr><th scope="col">${msg("column.period")}</th><th scope="col">${msg("column.overall")}</th><th scope="col">${msg("column.score")}</th><#list dimensionNames as n><th scope="col">${n}</th></#list><th scope="col">${msg("team.history.satisfaction")}</th></tr>
<#elseif part == "row"><tr><th scope="row">${h.period}</th><td><@layout.level h.level/></td><td class="num">${h.score}</td><#list h.dimensions as l><td><@layout.level l/></td></#list><td class="satisfaction"><@layout.nodata h.satisfaction/><#if h.withheld> <span class="withheld">(${msg("team.history.withheld")})</span></#if></td></tr>
</#if>
</@layout.periodTable>
</figcaption>
</figure>
</section>

<section aria-labelledby="metrics">
<h2 id="metrics">${msg("team.metrics", period)}</h2>
<div class="scroll" role="region" tabindex="0" aria-labelledby="metrics-table"><table>
<caption id="metrics-table">${msg("team.metrics.caption", team.name, period)}</caption>
<thead><tr><th scope="col">${msg("column.metric")}</th><th scope="col">${msg("column.dimension")}</th><th scope="col">${msg("team.metrics.value")}</th><th scope="col">${msg("team.metrics.source")}</th><th scope="col">${msg("team.metrics.self-reported")}</th></tr></thead>
<tbody>
<#list metrics as m><tr id="metric-${m.id}"><th scope="row">${m.name}</th><td>${m.dimension}</td><td class="num"><#if m.noData><span class="no-data">${m.value}</span><#else>${m.value}</#if></td><td>${m.source}<#if m.observedAt?has_content> ${msg("team.metrics.on")} <time datetime="${m.observedAt}">${m.observedAt}</time></#if><#if m.evidenceHref?has_content> (<a class="evidence" href="${m.evidenceHref}" rel="nofollow noreferrer">${msg("team.metrics.evidence")}</a>)<#elseif m.evidence?has_content> (${msg("team.metrics.evidence-is")} <span class="evidence">${m.evidence}</span>)</#if></td><td>${m.selfReported}<#if m.disagrees> <strong>(${msg("team.metrics.disagrees")})</strong></#if></td></tr></#list>
</tbody>
</table></div>
</section>

<section aria-labelledby="products">
<h2 id="products">${msg("team.products", period)}</h2>
<#if !usesGiven>
<p class="no-data">${msg("value.no-data")}</p>
<#elseif uses?has_content>
<div class="scroll" role="region" tabindex="0" aria-labelledby="products-table"><table>
<caption id="products-table">${msg("team.products.caption", team.name, period)}</caption>
<thead><tr><th scope="col">${msg("team.products.product")}</th><th scope="col">${msg("column.adoption")}</th><th scope="col">${msg("column.rating")}</th></tr></thead>
<tbody>
<#list uses as u><tr><th scope="row"><a href="${root}${u.href}">${u.name}</a></th><td><#if u.mandated>${msg("value.mandated")}<#else>${msg("value.voluntary")}</#if></td><td><@layout.nodata u.rating/></td></tr></#list>
</tbody>
</table></div>
<#else>
<p>${msg("team.products.none")}</p>
</#if>
</section>

<section aria-labelledby="needs">
<h2 id="needs">${msg("team.needs")}</h2>
<#if needs?has_content>
<ul><#list needs as n><li>${n}</li></#list></ul>
<#else>
<p>${msg("team.needs.none", period)}</p>
</#if>
</section>

<section aria-labelledby="badge">
<h2 id="badge">${msg("team.badge")}</h2>
<p class="badge-preview">${badge.svg?no_esc}</p>
<#assign badgeLink><a href="${root}${badge.href}">${badge.href}</a></#assign>
<p>${msg("team.badge.intro", badgeLink)}<#if !badge.absolute> ${msg("badge.relative")}</#if>:</p>
<pre class="snippet"><code>${badge.markdown}</code></pre>
</section>

<#if notes?has_content>
<section aria-labelledby="notes">
<h2 id="notes">${msg("team.notes")}</h2>
<div class="notes">${notes?no_esc}</div>
</section>
</#if>
</@layout.page>
