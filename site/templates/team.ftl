<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "propose-change.ftl" as proposeChange>
<#import "lists.ftl" as lists>
<@layout.page title=title root=root site=site>
<h1>${team.name}</h1>
<p class="lead">
<#if team.tribe?has_content><a href="${root}${team.tribeHref}">Tribe ${team.tribe}</a> · </#if>Latest assessment ${period} · overall level <@layout.level level/> · score ${score} of 100
</p>
<#if team.stale><p class="callout">This scorecard is stale: the latest assessment is ${period}, older than the organisation allows. Figures are from ${period}.</p></#if>
<dl class="facts">
<#if team.productOwner?has_content><dt>Product owner</dt><dd>${team.productOwner}</dd></#if>
<#if team.devopsBuddy?has_content><dt>DevOps buddy</dt><dd>${team.devopsBuddy}</dd></#if>
<#if team.size?has_content><dt>Size</dt><dd>${team.size}</dd></#if>
</dl>
<@proposeChange.link editHref "team"/>

<#if flags?has_content>
<section aria-labelledby="second-look" class="callout">
<h2 id="second-look">A second look</h2>
<p>The assessment of ${period} asks for a second look; a flag changes no score.<#if flagsHref?has_content> <a href="${root}${flagsHref}">Every flagged assessment of ${period}</a>.</#if></p>
<@lists.reasons flags/>
</section>

</#if>
<section aria-labelledby="next">
<h2 id="next">Next steps</h2>
<#if nextLevel?is_hash>
<#if nextSteps?has_content>
<p>To reach <@layout.level nextLevel/>, these checks must pass:</p>
<#list nextSteps as group>
<h3>${group.dimension}</h3>
<ul class="steps">
<#list group.checks as c><li>${c.metric}: wanted ${c.wanted}, found <@layout.nodata c.actual/><#if c.advice?has_content><div class="advice">${c.advice?no_esc}</div></#if></li></#list>
</ul>
</#list>
</#if>
<#else>
<p>${team.name} stands at the highest level of the model.</p>
</#if>
</section>

<#if campaigns?has_content>
<section aria-labelledby="campaigns">
<h2 id="campaigns">Campaigns</h2>
<ul class="standings">
<#list campaigns as c><li><a href="${root}${c.href}">${c.name}</a> (<@layout.status c.status/>, ${c.target} of ${c.scope} by ${c.deadline}): <#if c.meets><span class="pass">✔ ${team.name} meets the goal</span><#else><span class="fail">✘ not yet</span>, needs<ul><#list c.lacks as m><li>${m.text}<#if m.advice?has_content><div class="advice">${m.advice?no_esc}</div></#if></li></#list></ul></#if></li></#list>
</ul>
</section>
</#if>

<section aria-labelledby="dimensions">
<h2 id="dimensions">Where the team stands</h2>
<div class="scroll" role="region" tabindex="0" aria-labelledby="dimensions-table"><table>
<caption id="dimensions-table">Level per dimension, ${period}</caption>
<thead><tr><th scope="col">Dimension</th><th scope="col">Level</th><th scope="col">Checks passing</th></tr></thead>
<tbody>
<#list dimensions as d><tr><th scope="row"><a href="${root}${d.href}">${d.name}</a></th><td><@layout.level d.level/></td><td class="num">${d.progress}%<#if d.exempt gt 0> <span class="exempt-count">(${d.exempt} exempt)</span></#if></td></tr></#list>
</tbody>
</table></div>
<#list dimensions as d>
<details<#if d.progress != "100.0" || d.exempt gt 0> open</#if>>
<summary><h3>${d.name}: <@layout.level d.level/> <span class="progress">(${d.progress}% of checks pass<#if d.exempt gt 0>; ${d.exempt} exempt, not counted</#if>)</span></h3></summary>
<#if d.checks?has_content>
<div class="scroll" role="region" tabindex="0" aria-labelledby="checks-${d?index}-table"><table class="checks">
<caption id="checks-${d?index}-table">Checks of ${d.name}, ${period}</caption>
<thead><tr><th scope="col">Level</th><th scope="col">Metric</th><th scope="col">Wanted</th><th scope="col">Found</th><th scope="col">Result</th></tr></thead>
<tbody>
<#list d.checks as c>
<tr data-metric="${c.metricId}"<#if c.exempt> class="exempt"</#if>><td><@layout.level c.level/></td><td>${c.metric}</td><td>${c.wanted}</td><td><@layout.nodata c.actual/></td><td><#if c.exempt><span class="exempt-mark">⊘ exempt</span> <span class="exemption"><span class="reason">${c.exemption.reason?cap_first}</span> until <span class="until">${c.exemption.until}</span>, approved by <span class="approver">${c.exemption.approvedBy}</span>: <span class="justification">${c.exemption.justification}</span></span><#elseif c.withheld><span class="withheld-mark">⊘ withheld</span> <span class="withholding">not counted: ${satisfaction.reason}</span><#elseif c.passed><span class="pass">✔ passed</span><#else><span class="fail">✘ failed</span></#if></td></tr>
</#list>
</tbody>
</table></div>
<#else>
<p>This dimension has no checks.</p>
</#if>
</details>
</#list>
</section>

<section aria-labelledby="satisfaction">
<h2 id="satisfaction">Developer satisfaction, ${period}</h2>
<#if satisfaction.given>
<p class="satisfaction-source" data-source="${satisfaction.source}">Figures ${satisfaction.sourceText}.</p>
<dl class="facts satisfaction">
<dt>Responses</dt><dd data-metric="responses"><@layout.nodata satisfaction.responses/></dd>
<dt>CSAT (1–5)</dt><dd data-metric="csat"><@layout.nodata satisfaction.csat/></dd>
<dt>NPS (−100 to 100)</dt><dd data-metric="nps"><@layout.nodata satisfaction.nps/></dd>
<dt>Complexity reduced (1–5)</dt><dd data-metric="complexity-reduced"><@layout.nodata satisfaction.complexityReduced/></dd>
</dl>
<#if satisfaction.withheld?has_content>
<p class="withheld-note">Withheld: <#list satisfaction.withheld as w>${w}<#sep>, </#list>. Not shown anywhere, and in no tribe's or the organisation's figure, because ${satisfaction.reason}. Their checks are left out, like exempt checks: they neither pass nor fail.</p>
</#if>
<#else>
<p class="no-data">no data</p>
</#if>
</section>

<#if exemptions?has_content>
<section aria-labelledby="exemptions">
<h2 id="exemptions">Exemptions</h2>
<p>Checks the team is excused from for a while, with the reason and who approved it. An exempt check is neither passed nor failed: it does not hold back a level and is left out of the progress. After its last period it counts again.</p>
<div class="scroll" role="region" tabindex="0" aria-labelledby="exemptions-table"><table class="exemptions">
<caption id="exemptions-table">Exemptions of ${team.name}, as of ${currentPeriod}</caption>
<thead><tr><th scope="col">Check</th><th scope="col">Reason</th><th scope="col">Justification</th><th scope="col">Approved by</th><th scope="col">Periods</th><th scope="col">Status</th></tr></thead>
<tbody>
<#list exemptions as e>
<tr class="exemption-${e.status}" data-metric="${e.metricId}"><th scope="row"><a href="${root}${e.dimensionHref}">${e.dimension}</a>: ${e.metric}, <#if e.level?is_hash>at <@layout.level e.level/><#else>at every level</#if></th><td class="reason">${e.reason}</td><td class="justification">${e.justification}</td><td class="approver">${e.approvedBy}</td><td class="periods"><#if e.from?has_content>${e.from} to ${e.until}<#else>until ${e.until}</#if></td><td class="status"><span class="exemption-status ${e.status}">${e.statusText}</span></td></tr>
</#list>
</tbody>
</table></div>
</section>
</#if>

<section aria-labelledby="history">
<h2 id="history">Over time</h2>
<figure>
${chart?no_esc}
<figcaption>
<@layout.periodTable "history-table" "Level and score by period" history; part, h>
<#if part == "head"><tr><th scope="col">Period</th><th scope="col">Overall</th><th scope="col">Score</th><#list dimensionNames as n><th scope="col">${n}</th></#list><th scope="col">Satisfaction</th></tr>
<#elseif part == "row"><tr><th scope="row">${h.period}</th><td><@layout.level h.level/></td><td class="num">${h.score}</td><#list h.dimensions as l><td><@layout.level l/></td></#list><td class="satisfaction"><@layout.nodata h.satisfaction/><#if h.withheld> <span class="withheld">(figures withheld)</span></#if></td></tr>
</#if>
</@layout.periodTable>
</figcaption>
</figure>
</section>

<section aria-labelledby="metrics">
<h2 id="metrics">Metrics, ${period}</h2>
<div class="scroll" role="region" tabindex="0" aria-labelledby="metrics-table"><table>
<caption id="metrics-table">Every metric of ${team.name}'s assessment for ${period}, and where its value came from</caption>
<thead><tr><th scope="col">Metric</th><th scope="col">Dimension</th><th scope="col">Value</th><th scope="col">Source</th><th scope="col">Self-reported</th></tr></thead>
<tbody>
<#list metrics as m><tr id="metric-${m.id}"><th scope="row">${m.name}</th><td>${m.dimension}</td><td class="num"><#if m.noData><span class="no-data">${m.value}</span><#else>${m.value}</#if></td><td>${m.source}<#if m.observedAt?has_content> on <time datetime="${m.observedAt}">${m.observedAt}</time></#if><#if m.evidenceHref?has_content> (<a class="evidence" href="${m.evidenceHref}" rel="nofollow noreferrer">evidence</a>)<#elseif m.evidence?has_content> (evidence: <span class="evidence">${m.evidence}</span>)</#if></td><td>${m.selfReported}<#if m.disagrees> <strong>(disagrees)</strong></#if></td></tr></#list>
</tbody>
</table></div>
</section>

<section aria-labelledby="products">
<h2 id="products">Platform products used in ${period}</h2>
<#if !usesGiven>
<p class="no-data">no data</p>
<#elseif uses?has_content>
<div class="scroll" role="region" tabindex="0" aria-labelledby="products-table"><table>
<caption id="products-table">Products used by ${team.name}, ${period}</caption>
<thead><tr><th scope="col">Product</th><th scope="col">Adoption</th><th scope="col">Rating</th></tr></thead>
<tbody>
<#list uses as u><tr><th scope="row"><a href="${root}${u.href}">${u.name}</a></th><td><#if u.mandated>mandated<#else>voluntary</#if></td><td><@layout.nodata u.rating/></td></tr></#list>
</tbody>
</table></div>
<#else>
<p>None.</p>
</#if>
</section>

<section aria-labelledby="needs">
<h2 id="needs">What the team needs next</h2>
<#if needs?has_content>
<ul><#list needs as n><li>${n}</li></#list></ul>
<#else>
<p>No needs given for ${period}.</p>
</#if>
</section>

<section aria-labelledby="badge">
<h2 id="badge">Badge for the team's README</h2>
<p class="badge-preview">${badge.svg?no_esc}</p>
<p>The badge shows the overall level of the latest assessment, and "stale" on grey when the scorecard is stale. It is rebuilt with the site, at <a href="${root}${badge.href}">${badge.href}</a>. To show it in a README, paste this Markdown<#if !badge.absolute> and put the site's address before both paths, which are relative to the site's root</#if>:</p>
<pre class="snippet"><code>${badge.markdown}</code></pre>
</section>

<#if notes?has_content>
<section aria-labelledby="notes">
<h2 id="notes">Notes</h2>
<div class="notes">${notes?no_esc}</div>
</section>
</#if>
</@layout.page>
