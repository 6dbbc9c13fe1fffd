/** Cost control: per-campaign character budgets shared by every instance, usage reports, and threshold alerts. */
package io.locutor.quota;
