<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.page title=title root=root site=site active="business-case">
<h1>${msg("nav.business-case")}</h1>
<p class="lead">${msg("business-case.lead")}</p>
<figure>
${chart?no_esc}
<figcaption>
<@layout.periodTable "savings-table" msg("business-case.caption") rows; part, r>
<#if part == "head"><tr><th scope="col">${msg("column.period")}</th><th scope="col">${msg("tribe.figures.hours")}</th><th scope="col">${msg("business-case.money")}</th><th scope="col">${msg("business-case.reporting")}</th></tr>
<#elseif part == "row"><tr><th scope="row">${r.period}</th><td class="num"><@layout.nodata r.hours/></td><td class="num"><@layout.nodata r.money/></td><td class="num">${msg("business-case.reporting.count", r.reporting, r.teams)}</td></tr>
<#elseif part == "foot"><tfoot><tr><th scope="row">${msg("business-case.all-periods")}</th><td class="num"><@layout.nodata totalHours/></td><td class="num"><@layout.nodata totalMoney/></td><td></td></tr></tfoot>
</#if>
</@layout.periodTable>
</figcaption>
</figure>
<section aria-labelledby="assumptions">
<h2 id="assumptions">${msg("business-case.assumptions")}</h2>
<ul>
<li>${msg("business-case.assumptions.hours")}</li>
<li><#if costPerHour?has_content>${msg("business-case.assumptions.cost", costPerHour)}<#else>${msg("business-case.assumptions.no-cost")}</#if></li>
<li>${msg("business-case.assumptions.money", currency)}</li>
</ul>
</section>
</@layout.page>
