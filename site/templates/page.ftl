<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#include "jbake-site.ftl">
<@layout.page title=(content.title!msg("content.untitled")) root=content.rootpath site=site>
<article>
<h1>${content.title!msg("content.untitled")}</h1>
<div class="content-body"><!--content-body-->${content.body?no_esc}<!--/content-body--></div>
</article>
</@layout.page>
