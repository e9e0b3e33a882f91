package org.civicportal.identity;

/**
 * The language-dependent half of the site's identity, in one language. A JavaBean: Magnolia fills
 * it from the node {@code identity/vi} or {@code identity/en} of the module configuration. A blank
 * value leaves its line out.
 */
public class IdentityText {
  private String agencyName = "";
  private String province = "";
  private String governingBody = "";
  private String address = "";
  private String responsiblePerson = "";
  private String licence = "";

  /**
   * The agency publishing the site ("Sở Thông tin và Truyền thông"): the header's name and the
   * pages' title.
   */
  public String getAgencyName() {
    return agencyName;
  }

  public void setAgencyName(String agencyName) {
    this.agencyName = clean(agencyName);
  }

  /** The province, as the header shows it above the agency's name ("Tỉnh Thái Bình"). */
  public String getProvince() {
    return province;
  }

  public void setProvince(String province) {
    this.province = clean(province);
  }

  /** The governing body (cơ quan chủ quản) named in the footer. */
  public String getGoverningBody() {
    return governingBody;
  }

  public void setGoverningBody(String governingBody) {
    this.governingBody = clean(governingBody);
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = clean(address);
  }

  /** The person responsible for the content (người chịu trách nhiệm chính), with their office. */
  public String getResponsiblePerson() {
    return responsiblePerson;
  }

  public void setResponsiblePerson(String responsiblePerson) {
    this.responsiblePerson = clean(responsiblePerson);
  }

  /** The site's licence (giấy phép thiết lập trang thông tin điện tử): number, issuer, date. */
  public String getLicence() {
    return licence;
  }

  public void setLicence(String licence) {
    this.licence = clean(licence);
  }

  static String clean(String value) {
    return value == null ? "" : value.trim();
  }
}
