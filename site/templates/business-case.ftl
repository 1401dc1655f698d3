<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.page title=title root=root site=site active="business-case">
<h1>Business case</h1>
<p class="lead">Developer hours the platform saved, as the teams estimate them, and what those hours are worth.</p>
<figure>
${chart?no_esc}
<figcaption>
<@layout.periodTable "savings-table" "Hours and money saved, by period" rows; part, r>
<#if part == "head"><tr><th scope="col">Period</th><th scope="col">Hours saved</th><th scope="col">Money saved</th><th scope="col">Teams reporting hours</th></tr>
<#elseif part == "row"><tr><th scope="row">${r.period}</th><td class="num"><@layout.nodata r.hours/></td><td class="num"><@layout.nodata r.money/></td><td class="num">${r.reporting} of ${r.teams}</td></tr>
<#elseif part == "foot"><tfoot><tr><th scope="row">All periods</th><td class="num"><@layout.nodata totalHours/></td><td class="num"><@layout.nodata totalMoney/></td><td></td></tr></tfoot>
</#if>
</@layout.periodTable>
</figcaption>
</figure>
<section aria-labelledby="assumptions">
<h2 id="assumptions">Assumptions</h2>
<ul>
<li>Hours saved are each team's own estimate for the period, summed over the teams that gave one; teams that did not are left out, not counted as zero.</li>
<li><#if costPerHour?has_content>One developer hour costs ${costPerHour} (loaded cost, from organisation.yaml).<#else>organisation.yaml sets no <code>cost-per-hour</code>, so no money figure is shown.</#if></li>
<li>Money saved is hours saved times that cost, in ${currency}; it leaves out what the platform itself costs.</li>
</ul>
</section>
</@layout.page>
