<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "propose-change.ftl" as proposeChange>
<@layout.page title=title root=root site=site active="model">
<h1>${name}</h1>
<@proposeChange.link editHref "model"/>

<section aria-labelledby="levels">
<h2 id="levels">Levels</h2>
<ol class="levels">
<#list levels as l><li><@layout.level l.level/><#if l.description?has_content><div>${l.description?no_esc}</div></#if></li></#list>
</ol>
</section>

<section aria-labelledby="rubric">
<h2 id="rubric">The rubric</h2>
<p>Every team stands at least at <@layout.level firstLevel/>. To stand at a higher level in a dimension, a team must pass every check of that level and of every level below it.</p>
<div class="scroll" role="region" tabindex="0" aria-labelledby="rubric-table">
<table class="rubric">
<caption id="rubric-table">Checks per dimension and level</caption>
<thead><tr><th scope="col">Dimension (weight)</th><#list higherLevels as l><th scope="col"><@layout.level l/></th></#list></tr></thead>
<tbody>
<#list rows as row>
<tr><th scope="row"><a href="${root}${row.href}">${row.name}</a> (${row.weight})</th>
<#list row.cells as cell><td><#if cell.description?has_content>${cell.description?no_esc}</#if><#if cell.checks?has_content><ul><#list cell.checks as c><li>${c.metric}: ${c.wanted}</li></#list></ul><#else><span class="no-data">no checks</span></#if></td></#list>
</tr>
</#list>
</tbody>
</table>
</div>
</section>

<section aria-labelledby="figures">
<h2 id="figures">How every figure is computed</h2>
<dl>
<dt>Level in a dimension</dt><dd>The highest level whose checks, and the checks of every level below it, all pass. A metric with no data fails every check on it: "no data" is never counted as zero.</dd>
<dt>Overall level</dt><dd>The lowest of the team's dimension levels: a team is as mature as its weakest dimension.</dd>
<dt>Progress</dt><dd>The share of a dimension's checks that pass, over all its levels, from 0 to 100 (100 for a dimension without checks).</dd>
<dt>Score</dt><dd>The mean of the dimensions' progress, weighted by the dimension weights above; one decimal.</dd>
<dt>Next steps</dt><dd>The failing checks of the level just above the team's overall level, per dimension.</dd>
<dt>Exempt checks</dt><dd>A check a team is excused from in its own file, with a reason and an approver, from a first through a last period. While it applies it is neither passed nor failed: it does not hold back its level or any level above it, progress counts only the checks that are not exempt (100 when all are), and it is never a next step. After its last period it counts again.</dd>
<dt>Trend arrows</dt><dd>A team's level against its own previous assessment; teams are never compared with each other.</dd>
<dt>DevOps-buddy coverage</dt><dd>Teams assessed in the period with a designated buddy, divided by the teams assessed; a team that does not say counts as not having one. Trained and backup shares likewise.</dd>
<dt>Voluntary and mandated adoption</dt><dd>Per product: teams using it voluntarily (or mandated) divided by the teams assessed. The two are never added together.</dd>
<dt>Product rating</dt><dd>The mean of the 1–5 ratings given for the product, shown with how many ratings there were.</dd>
<dt>CSAT, NPS and complexity reduced</dt><dd>Means over the teams that report them, each team weighted by its number of survey responses (a team that gives no responses count weighs 1). The total number of responses is shown beside them. Figures a survey withheld, because fewer people answered than the organisation requires, are in no mean.</dd>
<dt>Incidents, workarounds, open bugs, hours saved</dt><dd>Sums over the teams that report them; "no data" when none does.</dd>
<dt>Money saved</dt><dd>Hours saved times the loaded cost of one developer hour set in organisation.yaml.</dd>
<dt>Needs</dt><dd>The current period's needs counted across teams: two needs are the same when they match after trimming, collapsing spaces and ignoring case. The most shared come first.</dd>
<#if ownMetrics?has_content>
<dt>The model's own metrics</dt><dd>Each rolls up as the table of the model's own metrics says. A share counts a team without a value as not having it; a mean, median or sum is over the teams that give a value, and "no data" when none does; the median of an even count is the mean of the two middle values; a choice metric counts the teams giving each choice.</dd>
</#if>
<#if secondLook>
<dt>Measured values and a second look</dt><dd>Where a facts file gives a value a system measured, that value counts, and the team's own report is shown beside it. An assessment asks for a second look when a self-reported value disagrees with the measured one (yes or no and choices when they differ, numbers when they differ by more than the metric allows), or when its overall level stands at least ${levelJump} level<#if levelJump != 1>s</#if> above the team's previous self-reported assessment. A flag changes no score.</dd>
</#if>
<dt>Stale</dt><dd>A team whose latest assessment is more than ${staleAfter} period<#if staleAfter != 1>s</#if> before the current period.</dd>
</dl>
</section>

<section aria-labelledby="metrics">
<h2 id="metrics">Metrics</h2>
<div class="scroll" role="region" tabindex="0" aria-labelledby="metrics-table"><table>
<caption id="metrics-table">The metrics checks can use</caption>
<thead><tr><th scope="col">Metric</th><th scope="col">Dimension</th><th scope="col">Meaning</th><th scope="col">Values</th></tr></thead>
<tbody>
<#list metrics as m><tr><th scope="row"><code>${m.id}</code></th><td>${m.dimension}</td><td>${m.label}</td><td>${m.type}</td></tr></#list>
</tbody>
</table></div>
</section>
<#if ownMetrics?has_content>

<section aria-labelledby="own-metrics">
<h2 id="own-metrics">The model's own metrics</h2>
<p>Metrics this model defines beside the built-in ones. A team file gives them in the section of their dimension; a value a system measured, from a facts file, counts in place of the team's own.</p>
<div class="scroll" role="region" tabindex="0" aria-labelledby="own-metrics-table"><table class="own-metrics">
<caption id="own-metrics-table">The metrics of this model's own</caption>
<thead><tr><th scope="col">Metric</th><th scope="col">Dimension</th><th scope="col">Type</th><th scope="col">Values</th><th scope="col">Unit</th><th scope="col">Better</th><th scope="col">Roll-up</th><th scope="col">Agrees with a measurement within</th><th scope="col">Description</th></tr></thead>
<tbody>
<#list ownMetrics as m><tr id="metric-${m.id}"><th scope="row">${m.name} <code>${m.id}</code></th><td><a href="${root}${m.dimensionHref}">${m.dimension}</a></td><td>${m.type}</td><td>${m.values}</td><td>${m.unit}</td><td>${m.better}</td><td><code>${m.rollup}</code>: ${m.how}<#if m.headline>; a headline figure of the overview</#if></td><td class="num">${m.agreeWithin}</td><td><#if m.description?has_content>${m.description?no_esc}</#if></td></tr></#list>
</tbody>
</table></div>
</section>
</#if>
</@layout.page>
