/** What a column means to the analysis. */
export type Role =
  | 'customer' | 'date' | 'amount' | 'order' | 'quantity' | 'unitPrice' | 'status'
  | 'category' | 'product' | 'payment' | 'rating' | 'region' | 'channel'
  | 'age' | 'gender' | 'children' | 'education' | 'income' | 'marital' | 'language';

export const REQUIRED_ROLES: readonly Role[] = ['customer', 'date', 'amount'];

/** Header synonyms, compared after lower-casing and removing spaces, `_`, `-` and `.`. */
const SYNONYMS: Record<Role, string[]> = {
  customer: ['customerid', 'customer', 'custid', 'clientid', 'client', 'customername', 'customerno', 'customernumber', 'userid', 'buyerid', 'memberid', 'accountid'],
  date: ['orderdate', 'invoicedate', 'date', 'purchasedate', 'transactiondate', 'orderdatetime', 'saledate', 'timestamp', 'datetime'],
  amount: ['amount', 'revenue', 'totalprice', 'total', 'sales', 'salesamount', 'totalamount', 'ordervalue', 'value', 'dollarvalue', 'linetotal', 'netsales', 'spend', 'price_total', 'purchaseamount'],
  order: ['orderid', 'order', 'orderno', 'invoiceno', 'invoice', 'invoiceid', 'invoicenumber', 'ordernumber', 'transactionid', 'receiptid'],
  quantity: ['quantity', 'qty', 'units', 'numberofcds', 'itemcount'],
  unitPrice: ['unitprice', 'price', 'itemprice', 'priceperunit', 'unitcost'],
  status: ['status', 'shippingstatus', 'orderstatus', 'returnstatus', 'deliverystatus'],
  category: ['category', 'productcategory', 'department'],
  product: ['product', 'productname', 'description', 'item', 'itemname', 'stockcode', 'sku'],
  payment: ['paymentmethod', 'payment', 'paymenttype'],
  rating: ['rating', 'review', 'stars', 'score'],
  region: ['region', 'country', 'location', 'state', 'city'],
  channel: ['channel', 'saleschannel'],
  age: ['age', 'customerage'],
  gender: ['gender', 'sex'],
  children: ['haschildren', 'children', 'parentalstatus', 'kids'],
  education: ['education', 'educationlevel'],
  income: ['income', 'annualincome', 'salary'],
  marital: ['maritalstatus', 'marital'],
  language: ['language', 'preferredlanguage'],
};

export function headerKey(header: unknown): string {
  return String(header ?? '').toLowerCase().replace(/[\s_\-.]/g, '');
}

/** Column index per role, detected from headers; exact synonyms first, in synonym order. */
export function detectRoles(headers: readonly unknown[]): Partial<Record<Role, number>> {
  const keys = headers.map(headerKey);
  const found: Partial<Record<Role, number>> = {};
  const taken = new Set<number>();
  for (const role of Object.keys(SYNONYMS) as Role[]) {
    for (const synonym of SYNONYMS[role]) {
      const col = keys.findIndex((k, i) => k === synonym && !taken.has(i));
      if (col >= 0) {
        found[role] = col;
        taken.add(col);
        break;
      }
    }
  }
  return found;
}
